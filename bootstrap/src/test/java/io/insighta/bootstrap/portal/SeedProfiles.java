package io.insighta.bootstrap.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The profiles every portal test class imports: 24 people (14 female, 10 male) in six countries
 * with pairwise different ages, probabilities spread out and one creation day each, so every sort
 * order is unambiguous. 12 women are 18 or older, 8 are 30 or older, 7 people live in Nigeria.
 */
final class SeedProfiles {
  static final int COUNT = 24;
  private static final Instant FIRST_CREATED = Instant.parse("2026-01-05T08:00:00Z");

  private record Person(String name, String gender, int age, String country) {}

  private static final List<Person> PEOPLE =
      List.of(
          new Person("Amara", "female", 34, "NG"),
          new Person("Chidi", "male", 29, "NG"),
          new Person("Ngozi", "female", 27, "NG"),
          new Person("Emeka", "male", 17, "NG"),
          new Person("Zainab", "female", 45, "NG"),
          new Person("Tunde", "male", 66, "NG"),
          new Person("Chioma", "female", 8, "NG"),
          new Person("Wanjiru", "female", 22, "KE"),
          new Person("Otieno", "male", 33, "KE"),
          new Person("Achieng", "female", 61, "KE"),
          new Person("Kamau", "male", 12, "KE"),
          new Person("Nandi", "female", 15, "KE"),
          new Person("Ama", "female", 38, "GH"),
          new Person("Kofi", "male", 48, "GH"),
          new Person("Efua", "female", 19, "GH"),
          new Person("Yaw", "male", 24, "GH"),
          new Person("Lerato", "female", 52, "ZA"),
          new Person("Thabo", "male", 36, "ZA"),
          new Person("Naledi", "female", 30, "ZA"),
          new Person("Maria", "female", 71, "AO"),
          new Person("Paulo", "male", 58, "AO"),
          new Person("Luzia", "female", 25, "AO"),
          new Person("Grace", "female", 41, "US"),
          new Person("James", "male", 20, "US"));

  private SeedProfiles() {}

  /** The body of {@code POST /api/profiles/import}: {@code {"profiles":[...]}}. */
  static String importJson() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode document = json.createObjectNode();
    ArrayNode rows = document.putArray("profiles");
    for (int i = 0; i < PEOPLE.size(); i++) {
      Person person = PEOPLE.get(i);
      rows.addObject()
          .put("name", person.name())
          .put("gender", person.gender())
          .put("gender_probability", BigDecimal.valueOf(55 + (i * 7) % 44, 2))
          .put("age", person.age())
          .put("country_id", person.country())
          .put("country_probability", BigDecimal.valueOf(20 + (i * 11) % 70, 2))
          .put("created_at", FIRST_CREATED.plus(Duration.ofDays(i)).toString());
    }
    return document.toString();
  }
}
