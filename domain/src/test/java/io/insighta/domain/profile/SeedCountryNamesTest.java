package io.insighta.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed data set is the reference for country names: ours must agree with every row of it. */
class SeedCountryNamesTest {
  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");
  private static final Pattern COUNTRY_ID = Pattern.compile("\"country_id\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern COUNTRY_NAME =
      Pattern.compile("\"country_name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void everySeedCountryIsKnownAndNamedAsInTheSeed() throws IOException {
    Path seed =
        Path.of(System.getProperty("insighta.seed", "../../shared/data/seed_profiles.json"));
    Assumptions.assumeTrue(
        Files.isRegularFile(seed),
        "seed file " + seed.toAbsolutePath() + " is absent; set -Dinsighta.seed=FILE to check one");

    Map<String, String> namesByCode = seedNames(Files.readString(seed, StandardCharsets.UTF_8));

    assertThat(namesByCode).isNotEmpty();
    namesByCode.forEach(
        (code, name) ->
            assertThat(Country.ofCode(code))
                .as("country_id %s", code)
                .hasValueSatisfying(country -> assertThat(country.name()).isEqualTo(name)));
  }

  private static Map<String, String> seedNames(String json) {
    Map<String, String> names = new TreeMap<>();
    Matcher object = OBJECT.matcher(json);
    while (object.find()) {
      Matcher id = COUNTRY_ID.matcher(object.group());
      Matcher name = COUNTRY_NAME.matcher(object.group());
      if (id.find() && name.find()) {
        String previous = names.put(id.group(1), unescape(name.group(1)));
        assertThat(previous).as("one name per code").isIn(null, unescape(name.group(1)));
      }
    }
    return names;
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
      } else if (text.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(text.charAt(++i));
      }
    }
    return out.toString();
  }
}
