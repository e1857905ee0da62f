package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {
  private static final ProfileFilter MEN = ProfileFilter.NONE.withGender(Gender.MALE);
  private static final Profile LAST =
      new Profile(
          new ProfileId(UUID.fromString("01960000-0000-7000-8000-00000000000a")),
          new ProfileName("Tunde"),
          Gender.MALE,
          0.87,
          41,
          Country.ofCode("NG").orElseThrow(),
          0.5,
          Instant.parse("2026-03-01T08:00:00.123456Z"));

  private static String cursorAfterFirstPage(Sort sort) {
    ProfileQuery first = new ProfileQuery(MEN, sort, new PageRequest(1, 10));
    Page<Profile> page = new Page<>(List.of(LAST), 25, first.page());
    return PageCursor.next(first, page).orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(SortField.class)
  void aCursorResumesAfterTheLastRowOfThePageItFollows(SortField field) {
    Sort sort = new Sort(field, SortOrder.DESC);
    String cursor = cursorAfterFirstPage(sort);

    ProfileQuery resumed = PageCursor.resume(cursor, MEN, sort, new PageRequest(2, 10));

    assertThat(resumed.seek()).isEqualTo(Seek.after(LAST, field));
    assertThat(resumed.page()).isEqualTo(new PageRequest(2, 10));
    assertThat(PageCursor.pageOf(cursor)).isEqualTo(new PageRequest(2, 10));
    assertThat(cursor).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void aCursorReplayedOnAnotherFilterOrSortOrPageIsInvalid() {
    String cursor = cursorAfterFirstPage(Sort.DEFAULT);
    PageRequest second = new PageRequest(2, 10);
    ProfileFilter women = ProfileFilter.NONE.withGender(Gender.FEMALE);
    Sort byAge = new Sort(SortField.AGE, SortOrder.ASC);

    assertThatThrownBy(() -> PageCursor.resume(cursor, women, Sort.DEFAULT, second))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> PageCursor.resume(cursor, MEN, byAge, second))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> PageCursor.resume(cursor, MEN, Sort.DEFAULT, new PageRequest(3, 10)))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> PageCursor.resume(cursor, MEN, Sort.DEFAULT, new PageRequest(2, 20)))
        .isInstanceOf(InvalidQueryException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not a cursor!", "AQID", "%%%"})
  void textThatIsNotACursorIsInvalid(String text) {
    assertThatThrownBy(() -> PageCursor.pageOf(text)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void aTruncatedOrExtendedCursorIsInvalid() {
    byte[] bytes = Base64.getUrlDecoder().decode(cursorAfterFirstPage(Sort.DEFAULT));
    String truncated =
        Base64.getUrlEncoder().encodeToString(java.util.Arrays.copyOf(bytes, bytes.length - 1));
    String extended =
        Base64.getUrlEncoder().encodeToString(java.util.Arrays.copyOf(bytes, bytes.length + 1));

    assertThatThrownBy(() -> PageCursor.pageOf(truncated))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> PageCursor.pageOf(extended)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> PageCursor.pageOf("A".repeat(PageCursor.MAX_LENGTH + 1)))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void theLastPageHasNoCursor() {
    ProfileQuery last = new ProfileQuery(MEN, Sort.DEFAULT, new PageRequest(3, 10));

    assertThat(PageCursor.next(last, new Page<>(List.of(LAST), 25, last.page()))).isEmpty();
  }

  @Test
  void aSeekMustMatchTheSortFieldAndItsValueType() {
    Seek byAge = Seek.after(LAST, SortField.AGE);

    assertThatThrownBy(() -> new ProfileQuery(MEN, Sort.DEFAULT, PageRequest.FIRST, byAge))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> new Seek(SortField.AGE, 0.5, LAST.id()))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void aSeekingQueryHasItsOwnCacheKey() {
    ProfileQuery plain = new ProfileQuery(MEN, Sort.DEFAULT, new PageRequest(2, 10));

    assertThat(plain.withSeek(Seek.after(LAST, SortField.CREATED_AT)).canonicalKey())
        .startsWith(plain.canonicalKey())
        .isNotEqualTo(plain.canonicalKey());
  }
}
