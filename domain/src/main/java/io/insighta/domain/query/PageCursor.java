package io.insighta.domain.query;

import io.insighta.domain.profile.Profile;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code cursor} of list links: base64url of the page it opens, the keyset position it
 * seeks after, and a fingerprint of the canonical filter and sort it was issued for, so that it
 * cannot be replayed on another query. It is not a secret: a forged one only seeks elsewhere in a
 * list the caller may read anyway.
 */
public final class PageCursor {
  /** Far longer than any cursor this class writes; longer input is rejected before decoding. */
  static final int MAX_LENGTH = 128;

  private PageCursor() {}

  /** The cursor of the page after {@code page}, when there is one. */
  public static Optional<String> next(ProfileQuery query, Page<Profile> page) {
    if (!page.hasNext() || page.items().isEmpty()) {
      return Optional.empty();
    }
    Profile last = page.items().get(page.items().size() - 1);
    PageRequest following = new PageRequest(query.page().page() + 1, query.page().limit());
    Seek seek = Seek.after(last, query.sort().field());
    byte[] bytes = CursorBytes.write(fingerprint(query.filter(), query.sort()), following, seek);
    return Optional.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * The page and limit a cursor opens, for requests that give the cursor without them.
   *
   * @throws InvalidQueryException when the text is not a cursor
   */
  public static PageRequest pageOf(String cursor) {
    return CursorBytes.read(decode(cursor)).page();
  }

  /**
   * The query that continues a list at the cursor's position.
   *
   * @throws InvalidQueryException when the text is not a cursor, was issued for another filter or
   *     sort, or opens another page than {@code page}
   */
  public static ProfileQuery resume(
      String cursor, ProfileFilter filter, Sort sort, PageRequest page) {
    CursorBytes.Content content = CursorBytes.read(decode(cursor));
    if (content.fingerprint() != fingerprint(filter, sort)) {
      throw new InvalidQueryException("the cursor belongs to another filter or sort");
    }
    if (!content.page().equals(page)) {
      throw new InvalidQueryException("the cursor opens another page");
    }
    return new ProfileQuery(filter, sort, page, content.seek());
  }

  private static byte[] decode(String cursor) {
    if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
      throw new InvalidQueryException("not a cursor");
    }
    try {
      return Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("not a cursor");
    }
  }

  /** 64 bits of SHA-256 over the canonical filter and sort. */
  static long fingerprint(ProfileFilter filter, Sort sort) {
    return CursorBytes.hash(filter.canonicalKey() + "|" + sort.canonicalKey());
  }
}
