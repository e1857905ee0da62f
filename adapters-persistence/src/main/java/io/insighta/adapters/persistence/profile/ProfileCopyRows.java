package io.insighta.adapters.persistence.profile;

import io.insighta.domain.profile.Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;

/**
 * Writes profiles in PostgreSQL's COPY text format (tab-separated, backslash escapes), in the
 * column order of {@link #COLUMNS}.
 */
final class ProfileCopyRows {
  static final String COLUMNS =
      "(id, name, name_key, gender, gender_probability, age, age_group, country_id, country_name,"
          + " country_probability, created_at)";

  private final StringBuilder line = new StringBuilder(256);

  /**
   * Writes up to {@code max} profiles from the stream; returns how many it wrote.
   *
   * @throws IOException when the database stops accepting the copy
   */
  long write(Iterator<Profile> profiles, long max, OutputStream out) throws IOException {
    long written = 0;
    while (written < max && profiles.hasNext()) {
      out.write(encode(profiles.next()).getBytes(StandardCharsets.UTF_8));
      written++;
    }
    return written;
  }

  String encode(Profile profile) {
    line.setLength(0);
    line.append(profile.id().value()).append('\t');
    text(profile.name().value()).append('\t');
    text(profile.name().key()).append('\t');
    line.append(profile.gender().code()).append('\t');
    line.append(profile.genderProbability()).append('\t');
    line.append(profile.age()).append('\t');
    line.append(profile.ageGroup().code()).append('\t');
    line.append(profile.country().code()).append('\t');
    text(profile.country().name()).append('\t');
    line.append(profile.countryProbability()).append('\t');
    // timestamptz keeps microseconds, as ProfileRecordMapper stores them.
    line.append(profile.createdAt().truncatedTo(ChronoUnit.MICROS)).append('\n');
    return line.toString();
  }

  private StringBuilder text(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
    return line;
  }
}
