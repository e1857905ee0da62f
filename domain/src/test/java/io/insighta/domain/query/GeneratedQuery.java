package io.insighta.domain.query;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** A random filter together with an English phrase that states it, for round-trip properties. */
record GeneratedQuery(ProfileFilter filter, String phrase) {
  private static final String[] CODES = Locale.getISOCountries();
  private static final String[] MALE = {"males", "men", "man", "boys", "guys", "gentlemen"};
  private static final String[] FEMALE = {"females", "women", "woman", "girls", "ladies"};
  private static final Map<AgeGroup, String[]> GROUP_WORDS =
      Map.of(
          AgeGroup.CHILD, new String[] {"children", "kids", "child"},
          AgeGroup.TEENAGER, new String[] {"teenagers", "teens", "adolescents"},
          AgeGroup.ADULT, new String[] {"adults", "grown-ups"},
          AgeGroup.SENIOR, new String[] {"seniors", "elderly", "pensioners"});
  private static final List<AgeGroup> GROUPS = List.copyOf(EnumSet.allOf(AgeGroup.class));
  private static final String[] FILLERS = {"", "show me ", "all the ", "list "};
  private static final double[] PROBABILITIES = {0.5, 0.75, 0.8, 0.9, 0.95};

  static GeneratedQuery random(Random random) {
    List<String> parts = new ArrayList<>();
    ProfileFilter filter = ProfileFilter.NONE;
    int genderChoice = random.nextInt(3);
    if (genderChoice > 0) {
      Gender gender = genderChoice == 1 ? Gender.MALE : Gender.FEMALE;
      filter = filter.withGender(gender);
      parts.add(pick(random, gender == Gender.MALE ? MALE : FEMALE));
    }
    if (random.nextBoolean()) {
      Country country = Country.ofCode(pick(random, CODES)).orElseThrow();
      filter = filter.withCountry(country);
      parts.add(pick(random, new String[] {"from ", "in ", "living in "}) + country.name());
    }
    filter = addBounds(random, filter, parts);
    if (random.nextInt(4) == 0) {
      AgeGroup group = GROUPS.get(random.nextInt(GROUPS.size()));
      if (overlaps(group, filter)) {
        filter = filter.withAgeGroup(group);
        parts.add(random.nextInt(parts.size() + 1), pick(random, GROUP_WORDS.get(group)));
      }
    }
    if (random.nextInt(5) == 0) {
      double value = PROBABILITIES[random.nextInt(PROBABILITIES.length)];
      filter = filter.withMinGenderProbability(value);
      parts.add("with gender probability above " + value);
    }
    if (random.nextInt(5) == 0) {
      double value = PROBABILITIES[random.nextInt(PROBABILITIES.length)];
      filter = filter.withMinCountryProbability(value);
      parts.add("with country probability of at least " + value);
    }
    if (filter.isEmpty()) {
      filter = filter.withGender(Gender.FEMALE);
      parts.add("women");
    }
    return new GeneratedQuery(filter, pick(random, FILLERS) + String.join(" ", parts));
  }

  private static ProfileFilter addBounds(Random random, ProfileFilter filter, List<String> parts) {
    int low = random.nextInt(100);
    int high = low + random.nextInt(40);
    switch (random.nextInt(6)) {
      case 1 -> {
        parts.add(
            pick(random, new String[] {"above %d", "over %d", "at least %d", "%d and over", "%d+"})
                .formatted(low));
        return filter.withMinAge(low);
      }
      case 2 -> {
        parts.add(
            pick(random, new String[] {"under %d", "below %d", "younger than %d", "%d or younger"})
                .formatted(high));
        return filter.withMaxAge(high);
      }
      case 3 -> {
        parts.add(
            pick(
                    random,
                    new String[] {
                      "between %d and %d", "aged %d to %d", "%d-%d", "from %d to %d years"
                    })
                .formatted(low, high));
        return filter.withMinAge(low).withMaxAge(high);
      }
      case 4 -> {
        parts.add(pick(random, new String[] {"aged %d", "%d years old"}).formatted(low));
        return filter.withMinAge(low).withMaxAge(low);
      }
      default -> {
        return filter;
      }
    }
  }

  private static boolean overlaps(AgeGroup group, ProfileFilter filter) {
    int min = filter.minAge() == null ? 0 : filter.minAge();
    int max = filter.maxAge() == null ? Integer.MAX_VALUE : filter.maxAge();
    return min <= group.maxAge() && max >= group.minAge();
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
