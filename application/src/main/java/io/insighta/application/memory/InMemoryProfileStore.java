package io.insighta.application.memory;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.profile.SaveOutcome;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileStatistics;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.Sort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Profiles held in memory: the repository and finder for embedding and for tests. */
public final class InMemoryProfileStore implements ProfileRepository, ProfileFinder {
  private final Map<String, Profile> byNameKey = new ConcurrentHashMap<>();

  @Override
  public Optional<Profile> findById(ProfileId id) {
    return byNameKey.values().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public Optional<Profile> findByName(ProfileName name) {
    return Optional.ofNullable(byNameKey.get(name.key()));
  }

  @Override
  public SaveOutcome insertIfAbsent(Profile profile) {
    Profile previous = byNameKey.putIfAbsent(profile.name().key(), profile);
    return previous == null ? new SaveOutcome(profile, true) : new SaveOutcome(previous, false);
  }

  @Override
  public int insertAllIfAbsent(List<Profile> profiles) {
    int inserted = 0;
    for (Profile profile : profiles) {
      if (insertIfAbsent(profile).created()) {
        inserted++;
      }
    }
    return inserted;
  }

  @Override
  public boolean delete(ProfileId id) {
    return findById(id).map(p -> byNameKey.remove(p.name().key(), p)).orElse(false);
  }

  @Override
  public List<Profile> findPage(ProfileQuery query) {
    Seek seek = query.seek();
    if (seek != null) {
      return matching(query.filter(), query.sort())
          .filter(p -> ProfileOrdering.isAfter(p, seek, query.sort()))
          .limit(query.page().limit())
          .collect(Collectors.toList());
    }
    return matching(query.filter(), query.sort())
        .skip(query.page().offset())
        .limit(query.page().limit())
        .collect(Collectors.toList());
  }

  @Override
  public Optional<Seek> positionBefore(ProfileQuery query) {
    long offset = query.page().offset();
    if (offset == 0) {
      return Optional.empty();
    }
    return matching(query.filter(), query.sort())
        .skip(offset - 1)
        .findFirst()
        .map(previous -> Seek.after(previous, query.sort().field()));
  }

  @Override
  public long count(ProfileFilter filter) {
    return matching(filter, Sort.DEFAULT).count();
  }

  @Override
  public void streamAll(ProfileFilter filter, Sort sort, Consumer<Profile> sink) {
    matching(filter, sort).forEachOrdered(sink);
  }

  @Override
  public ProfileStatistics statistics(int topCountries) {
    List<Profile> all = new ArrayList<>(byNameKey.values());
    Map<Gender, Long> byGender = new EnumMap<>(Gender.class);
    Map<AgeGroup, Long> byAgeGroup = new EnumMap<>(AgeGroup.class);
    for (Profile profile : all) {
      byGender.merge(profile.gender(), 1L, Long::sum);
      byAgeGroup.merge(profile.ageGroup(), 1L, Long::sum);
    }
    Map<String, ProfileStatistics.CountryCount> countries = new LinkedHashMap<>();
    all.stream()
        .collect(Collectors.groupingBy(Profile::country, Collectors.counting()))
        .forEach(
            (country, count) ->
                countries.put(country.code(), new ProfileStatistics.CountryCount(country, count)));
    List<ProfileStatistics.CountryCount> top =
        countries.values().stream()
            .sorted(
                java.util.Comparator.comparingLong(ProfileStatistics.CountryCount::count)
                    .reversed()
                    .thenComparing(c -> c.country().code()))
            .limit(topCountries)
            .collect(Collectors.toList());
    return new ProfileStatistics(all.size(), byGender, byAgeGroup, top);
  }

  private Stream<Profile> matching(ProfileFilter filter, Sort sort) {
    return byNameKey.values().stream()
        .filter(new FilterPredicate(filter))
        .sorted(ProfileOrdering.of(sort));
  }
}
