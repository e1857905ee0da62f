package io.insighta.adapters.cache.query;

import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A compact, versioned text form of a page of profiles: a header line, then one tab-separated line
 * per profile with the name last. Names cannot hold tabs or line breaks (control characters are
 * refused), and doubles and instants are written in forms that read back exactly.
 */
final class PageCodec {
  private static final String VERSION = "p1";
  private static final int FIELDS = 9;

  private PageCodec() {}

  static String encode(Page<Profile> page) {
    StringBuilder text = new StringBuilder(64 + page.items().size() * 120);
    text.append(VERSION)
        .append('\t')
        .append(page.total())
        .append('\t')
        .append(page.request().page())
        .append('\t')
        .append(page.request().limit())
        .append('\t')
        .append(page.items().size());
    for (Profile profile : page.items()) {
      text.append('\n')
          .append(profile.id().value())
          .append('\t')
          .append(profile.gender().code())
          .append('\t')
          .append(profile.genderProbability())
          .append('\t')
          .append(profile.age())
          .append('\t')
          .append(profile.country().code())
          .append('\t')
          .append(profile.country().name())
          .append('\t')
          .append(profile.countryProbability())
          .append('\t')
          .append(profile.createdAt())
          .append('\t')
          .append(profile.name().value());
    }
    return text.toString();
  }

  /** The page, or empty when the text is not one this codec wrote (garbage, another version). */
  static Optional<Page<Profile>> decode(String text) {
    try {
      String[] lines = text.split("\n", -1);
      String[] header = lines[0].split("\t", -1);
      if (header.length != 5 || !header[0].equals(VERSION)) {
        return Optional.empty();
      }
      int size = Integer.parseInt(header[4]);
      if (size != lines.length - 1) {
        return Optional.empty();
      }
      List<Profile> items = new ArrayList<>(size);
      for (int i = 1; i < lines.length; i++) {
        items.add(profile(lines[i].split("\t", FIELDS)));
      }
      PageRequest request =
          new PageRequest(Integer.parseInt(header[2]), Integer.parseInt(header[3]));
      return Optional.of(new Page<>(items, Long.parseLong(header[1]), request));
    } catch (RuntimeException e) {
      // Malformed numbers, ids, codes or out-of-range values all mean "not our data": a miss.
      return Optional.empty();
    }
  }

  private static Profile profile(String[] field) {
    if (field.length != FIELDS) {
      throw new IllegalArgumentException("a cached profile has " + FIELDS + " fields");
    }
    return new Profile(
        new ProfileId(UUID.fromString(field[0])),
        new ProfileName(field[8]),
        Gender.parse(field[1]).orElseThrow(),
        Double.parseDouble(field[2]),
        Integer.parseInt(field[3]),
        new Country(field[4], field[5]),
        Double.parseDouble(field[6]),
        Instant.parse(field[7]));
  }
}
