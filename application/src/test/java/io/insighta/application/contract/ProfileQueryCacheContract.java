package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.NaturalLanguageQuery;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileQueryCache;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortField;
import io.insighta.domain.query.SortOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProfileQueryCache} must do: hits for equivalent queries, exact round trips,
 * separate pages and counts, and invalidation seen by every instance sharing the cache.
 */
public abstract class ProfileQueryCacheContract {
  private static final Country NIGERIA = Country.ofCode("NG").orElseThrow();
  private static final ProfileFilter NIGERIAN_MEN =
      ProfileFilter.NONE.withGender(Gender.MALE).withCountry(NIGERIA);
  private static final ProfileQuery FIRST_PAGE =
      new ProfileQuery(NIGERIAN_MEN, Sort.DEFAULT, PageRequest.FIRST);

  protected abstract ProfileQueryCache cache();

  /** Another instance sharing the same cached data (the same instance when nothing is shared). */
  protected abstract ProfileQueryCache peer();

  @BeforeEach
  void startFromAnEmptyCache() {
    cache().invalidateAll();
  }

  /** A profile whose probability and creation time only read back right if stored exactly. */
  private static Profile withExactValues(String name) {
    return ProfileFixtures.profile(
        ProfileFixtures.nextId(),
        name,
        Gender.FEMALE,
        0.123456789012345,
        0,
        "CI",
        1.0,
        ProfileFixtures.BASE_TIME.plusNanos(123_456_789));
  }

  private static Page<Profile> pageOf(ProfileQuery query, List<Profile> items, long total) {
    return new Page<>(items, total, query.page());
  }

  @Test
  void emptyCacheMissesPagesAndCounts() {
    assertThat(cache().findPage(FIRST_PAGE)).isEmpty();
    assertThat(cache().findCount(NIGERIAN_MEN)).isEmpty();
  }

  @Test
  void storedPageComesBackIdentical() {
    Profile unicode = withExactValues("Zoë Nguyễn محمد 😀");
    List<Profile> items = new ArrayList<>(ProfileSamples.ALL);
    items.add(unicode);
    Page<Profile> page = pageOf(FIRST_PAGE, items, 2_000_000_000_123L);

    cache().storePage(FIRST_PAGE, page);

    assertThat(cache().findPage(FIRST_PAGE)).contains(page);
  }

  @Test
  void equivalentNaturalLanguageQueriesShareOneEntry() {
    ProfileQuery written =
        new ProfileQuery(
            NaturalLanguageQuery.parse("young males from nigeria"),
            Sort.DEFAULT,
            PageRequest.FIRST);
    ProfileQuery rephrased =
        new ProfileQuery(
            NaturalLanguageQuery.parse("Males from Nigeria who are young"),
            Sort.DEFAULT,
            PageRequest.FIRST);
    Page<Profile> page = pageOf(written, ProfileSamples.ALL.subList(0, 2), 2);

    cache().storePage(written, page);

    assertThat(cache().findPage(rephrased)).contains(page);
  }

  @Test
  void filtersBuiltInAnyOrderShareOneEntry() {
    ProfileFilter reordered = ProfileFilter.NONE.withCountry(NIGERIA).withGender(Gender.MALE);
    Page<Profile> page = pageOf(FIRST_PAGE, ProfileSamples.ALL.subList(1, 3), 2);

    cache().storePage(FIRST_PAGE, page);
    cache().storeCount(NIGERIAN_MEN, 2);

    ProfileQuery query = new ProfileQuery(reordered, Sort.DEFAULT, new PageRequest(1, 10));
    assertThat(cache().findPage(query)).contains(page);
    assertThat(cache().findCount(reordered)).hasValue(2);
  }

  @Test
  void anotherPageSortOrFilterIsAnotherEntry() {
    cache().storePage(FIRST_PAGE, pageOf(FIRST_PAGE, ProfileSamples.ALL.subList(0, 1), 1));

    assertThat(
            cache().findPage(new ProfileQuery(NIGERIAN_MEN, Sort.DEFAULT, new PageRequest(2, 10))))
        .isEmpty();
    assertThat(
            cache().findPage(new ProfileQuery(NIGERIAN_MEN, Sort.DEFAULT, new PageRequest(1, 20))))
        .isEmpty();
    Sort byAge = new Sort(SortField.AGE, SortOrder.DESC);
    assertThat(cache().findPage(new ProfileQuery(NIGERIAN_MEN, byAge, PageRequest.FIRST)))
        .isEmpty();
    ProfileFilter women = NIGERIAN_MEN.withGender(Gender.FEMALE);
    assertThat(cache().findPage(new ProfileQuery(women, Sort.DEFAULT, PageRequest.FIRST)))
        .isEmpty();
  }

  @Test
  void countsArePerFilterAndSeparateFromPages() {
    cache().storeCount(NIGERIAN_MEN, 42);

    assertThat(cache().findCount(NIGERIAN_MEN)).hasValue(42);
    assertThat(cache().findCount(ProfileFilter.NONE)).isEmpty();
    assertThat(cache().findPage(FIRST_PAGE)).isEmpty();
  }

  @Test
  void emptyPageAndZeroCountAreCachedToo() {
    Page<Profile> empty = pageOf(FIRST_PAGE, List.of(), 0);

    cache().storePage(FIRST_PAGE, empty);
    cache().storeCount(NIGERIAN_MEN, 0);

    assertThat(cache().findPage(FIRST_PAGE)).contains(empty);
    assertThat(cache().findCount(NIGERIAN_MEN)).hasValue(0);
  }

  @Test
  void storingAgainReplacesTheEntry() {
    cache().storePage(FIRST_PAGE, pageOf(FIRST_PAGE, ProfileSamples.ALL.subList(0, 1), 1));
    Page<Profile> newer = pageOf(FIRST_PAGE, ProfileSamples.ALL.subList(1, 3), 2);

    cache().storePage(FIRST_PAGE, newer);
    cache().storeCount(NIGERIAN_MEN, 1);
    cache().storeCount(NIGERIAN_MEN, 2);

    assertThat(cache().findPage(FIRST_PAGE)).contains(newer);
    assertThat(cache().findCount(NIGERIAN_MEN)).hasValue(2);
  }

  @Test
  void positionsOfEverySortFieldComeBackIdenticalPerPage() {
    Profile sample = ProfileSamples.ALL.get(0);
    Profile precise = withExactValues("Precise");
    for (SortField field : SortField.values()) {
      for (SortOrder order : SortOrder.values()) {
        ProfileQuery deep =
            new ProfileQuery(NIGERIAN_MEN, new Sort(field, order), new PageRequest(30, 50));
        Seek position = Seek.after(field == SortField.AGE ? sample : precise, field);

        cache().storePosition(deep, position);

        assertThat(cache().findPosition(deep)).contains(position);
        assertThat(cache().findPosition(nextPage(deep))).isEmpty();
      }
    }
    assertThat(cache().findPage(FIRST_PAGE)).isEmpty();
  }

  private static ProfileQuery nextPage(ProfileQuery query) {
    PageRequest page = query.page();
    return new ProfileQuery(
        query.filter(), query.sort(), new PageRequest(page.page() + 1, page.limit()));
  }

  @Test
  void profilesComeBackIdenticalById() {
    Profile ada = ProfileSamples.ALL.get(0);
    Profile precise = withExactValues("Zoë Nguyễn");

    cache().storeProfile(ada);
    cache().storeProfile(precise);

    assertThat(cache().findProfile(ada.id())).contains(ada);
    assertThat(cache().findProfile(precise.id())).contains(precise);
    assertThat(cache().findProfile(ProfileSamples.ALL.get(1).id())).isEmpty();
    cache().invalidateAll();
    assertThat(cache().findProfile(ada.id())).isEmpty();
  }

  @Test
  void invalidateAllForgetsEveryPageCountAndPosition() {
    ProfileQuery deep = new ProfileQuery(NIGERIAN_MEN, Sort.DEFAULT, new PageRequest(30, 50));
    cache().storePage(FIRST_PAGE, pageOf(FIRST_PAGE, ProfileSamples.ALL, 9));
    cache().storeCount(NIGERIAN_MEN, 9);
    cache().storeCount(ProfileFilter.NONE, 90);
    cache().storePosition(deep, Seek.after(ProfileSamples.ALL.get(0), SortField.CREATED_AT));

    cache().invalidateAll();

    assertThat(cache().findPosition(deep)).isEmpty();
    assertThat(cache().findPage(FIRST_PAGE)).isEmpty();
    assertThat(cache().findCount(NIGERIAN_MEN)).isEmpty();
    assertThat(cache().findCount(ProfileFilter.NONE)).isEmpty();
  }

  @Test
  void entriesStoredAfterAnInvalidationAreServed() {
    cache().storeCount(NIGERIAN_MEN, 1);
    cache().invalidateAll();

    assertThat(cache().findCount(NIGERIAN_MEN)).isEmpty();
    cache().storeCount(NIGERIAN_MEN, 2);

    assertThat(cache().findCount(NIGERIAN_MEN)).hasValue(2);
  }

  @Test
  void instancesSharingTheCacheSeeEachOthersEntriesAndInvalidations() {
    Page<Profile> page = pageOf(FIRST_PAGE, ProfileSamples.ALL.subList(0, 2), 2);
    peer().storePage(FIRST_PAGE, page);

    assertThat(cache().findPage(FIRST_PAGE)).contains(page);

    peer().invalidateAll();

    assertThat(cache().findPage(FIRST_PAGE)).isEmpty();
  }

  private static final Country GHANA = Country.ofCode("GH").orElseThrow();

  private static Profile nigerianMan() {
    return ProfileFixtures.profile(
        ProfileFixtures.nextId(),
        "Written",
        Gender.MALE,
        0.9,
        30,
        "NG",
        0.8,
        ProfileFixtures.BASE_TIME);
  }

  /** Filters whose results a male Nigerian can be part of, each with other conditions too. */
  private static List<ProfileFilter> filtersAdmittingANigerianMan() {
    return List.of(
        ProfileFilter.NONE,
        ProfileFilter.NONE.withMinAge(18),
        ProfileFilter.NONE.withGender(Gender.MALE),
        ProfileFilter.NONE.withCountry(NIGERIA).withMinAge(50),
        NIGERIAN_MEN);
  }

  private static List<ProfileFilter> filtersExcludingANigerianMan() {
    return List.of(
        ProfileFilter.NONE.withGender(Gender.FEMALE),
        ProfileFilter.NONE.withCountry(GHANA),
        NIGERIAN_MEN.withGender(Gender.FEMALE),
        NIGERIAN_MEN.withCountry(GHANA));
  }

  private void storeEverythingFor(ProfileQueryCache target, ProfileFilter filter, long total) {
    ProfileQuery first = new ProfileQuery(filter, Sort.DEFAULT, PageRequest.FIRST);
    ProfileQuery deep = new ProfileQuery(filter, Sort.DEFAULT, new PageRequest(30, 50));
    target.storePage(first, pageOf(first, ProfileSamples.ALL.subList(0, 1), total));
    target.storeCount(filter, total);
    target.storePosition(deep, Seek.after(ProfileSamples.ALL.get(0), SortField.CREATED_AT));
  }

  private static void assertForgotten(ProfileQueryCache target, ProfileFilter filter) {
    assertThat(target.findPage(new ProfileQuery(filter, Sort.DEFAULT, PageRequest.FIRST)))
        .as("page of %s", filter)
        .isEmpty();
    assertThat(target.findCount(filter)).as("count of %s", filter).isEmpty();
    assertThat(target.findPosition(new ProfileQuery(filter, Sort.DEFAULT, new PageRequest(30, 50))))
        .as("position of %s", filter)
        .isEmpty();
  }

  private static void assertKept(ProfileQueryCache target, ProfileFilter filter, long total) {
    assertThat(target.findPage(new ProfileQuery(filter, Sort.DEFAULT, PageRequest.FIRST)))
        .as("page of %s", filter)
        .isPresent();
    assertThat(target.findCount(filter)).as("count of %s", filter).hasValue(total);
    assertThat(target.findPosition(new ProfileQuery(filter, Sort.DEFAULT, new PageRequest(30, 50))))
        .as("position of %s", filter)
        .isPresent();
  }

  @Test
  void aWriteForgetsWhatItCanChangeAndKeepsTheRest() {
    Profile written = nigerianMan();
    Profile other = ProfileSamples.ALL.get(1);
    filtersAdmittingANigerianMan().forEach(filter -> storeEverythingFor(cache(), filter, 7));
    filtersExcludingANigerianMan().forEach(filter -> storeEverythingFor(cache(), filter, 3));
    cache().storeProfile(written);
    cache().storeProfile(other);

    cache().invalidate(written);

    filtersAdmittingANigerianMan().forEach(filter -> assertForgotten(cache(), filter));
    filtersExcludingANigerianMan().forEach(filter -> assertKept(cache(), filter, 3));
    assertThat(cache().findProfile(written.id())).isEmpty();
    assertThat(cache().findProfile(other.id())).contains(other);
  }

  @Test
  void aWriteOnOneInstanceIsSeenByItsPeers() {
    Profile written = nigerianMan();
    storeEverythingFor(cache(), NIGERIAN_MEN, 7);
    storeEverythingFor(cache(), ProfileFilter.NONE.withCountry(GHANA), 3);
    cache().storeProfile(written);

    peer().invalidate(written);

    assertForgotten(cache(), NIGERIAN_MEN);
    assertKept(cache(), ProfileFilter.NONE.withCountry(GHANA), 3);
    assertThat(cache().findProfile(written.id())).isEmpty();
  }

  @Test
  void entriesStoredAfterAWriteAreServed() {
    Profile written = nigerianMan();
    cache().storeCount(NIGERIAN_MEN, 1);
    cache().storeProfile(written);

    cache().invalidate(written);
    cache().storeCount(NIGERIAN_MEN, 2);
    cache().storeProfile(written);

    assertThat(cache().findCount(NIGERIAN_MEN)).hasValue(2);
    assertThat(cache().findProfile(written.id())).contains(written);
  }
}
