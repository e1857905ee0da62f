package io.insighta.application.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.contract.ProfileFixtures;
import io.insighta.application.contract.ProfileSamples;
import io.insighta.application.memory.DirectTransactionRunner;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryProfileStore;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageCursor;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortField;
import io.insighta.domain.query.SortOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListProfilesServiceTest {
  private static final Country NIGERIA = Country.ofCode("NG").orElseThrow();
  private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
  private final InMemoryProfileStore store = new InMemoryProfileStore();
  private final CountingProfileFinder finder = new CountingProfileFinder(store);
  private final InMemoryProfileQueryCache cache =
      new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));
  private final ListProfilesService service = new ListProfilesService(finder, cache);

  private DeleteProfileService deleteService() {
    return new DeleteProfileService(
        store, cache, new DirectTransactionRunner(), new AuditTrail(new InMemoryAuditLog(), clock));
  }

  @BeforeEach
  void storeTheSamples() {
    store.insertAllIfAbsent(ProfileSamples.ALL);
  }

  private static ProfileQuery query(ProfileFilter filter, int page, int limit) {
    return new ProfileQuery(filter, Sort.DEFAULT, new PageRequest(page, limit));
  }

  @Test
  void aRepeatedQueryIsServedFromTheCacheWithoutTouchingTheFinder() {
    ProfileQuery males = query(ProfileFilter.NONE.withGender(Gender.MALE), 1, 2);

    ProfileListResult first = service.list(males);
    ProfileListResult second = service.list(males);

    assertThat(first.fromCache()).isFalse();
    assertThat(second.fromCache()).isTrue();
    assertThat(second.page()).isEqualTo(first.page());
    assertThat(first.page().total()).isEqualTo(5);
    assertThat(first.page().items())
        .extracting(p -> p.name().value())
        .containsExactly("bola", "chen");
    assertThat(finder.pageQueries()).isEqualTo(1);
    assertThat(finder.countQueries()).isEqualTo(1);
  }

  @Test
  void aFreshReadSkipsTheCachedPageButReusesTheCachedCount() {
    ProfileQuery males = query(ProfileFilter.NONE.withGender(Gender.MALE), 1, 2);
    service.list(males);

    ProfileListResult fresh = service.list(males, false);

    assertThat(fresh.fromCache()).isFalse();
    assertThat(fresh.page().total()).isEqualTo(5);
    assertThat(finder.pageQueries()).isEqualTo(2);
    assertThat(finder.countQueries()).isEqualTo(1);
  }

  @Test
  void aPageOpenedByItsCursorHoldsTheSameRowsAsByNumber() {
    ProfileFilter filter = ProfileFilter.NONE.withCountry(NIGERIA);
    ProfileQuery first = query(filter, 1, 2);
    Page<Profile> page1 = service.list(first).page();
    String cursor = PageCursor.next(first, page1).orElseThrow();

    ProfileQuery resumed = PageCursor.resume(cursor, filter, Sort.DEFAULT, new PageRequest(2, 2));
    ProfileListResult page2 = service.list(resumed);

    assertThat(page2.page()).isEqualTo(service.list(query(filter, 2, 2)).page());
    assertThat(page2.page().request().page()).isEqualTo(2);
  }

  @Test
  void equivalentFiltersWrittenInAnotherOrderShareOneCacheEntry() {
    ProfileFilter genderFirst = ProfileFilter.NONE.withGender(Gender.MALE).withCountry(NIGERIA);
    ProfileFilter countryFirst = ProfileFilter.NONE.withCountry(NIGERIA).withGender(Gender.MALE);

    service.list(query(genderFirst, 1, 10));

    assertThat(service.list(query(countryFirst, 1, 10)).fromCache()).isTrue();
  }

  @Test
  void otherPagesOfTheSameFilterReuseTheKnownCount() {
    ProfileFilter filter = ProfileFilter.NONE.withCountry(NIGERIA);

    ProfileListResult page1 = service.list(query(filter, 1, 2));
    ProfileListResult page2 = service.list(query(filter, 2, 2));

    assertThat(page1.fromCache()).isFalse();
    assertThat(page2.fromCache()).isFalse();
    assertThat(page2.page().total()).isEqualTo(4);
    assertThat(page2.page().items())
        .extracting(p -> p.name().value())
        .containsExactly("emeka", "femi");
    assertThat(finder.countQueries()).isEqualTo(1);
    assertThat(finder.pageQueries()).isEqualTo(2);
  }

  @Test
  void aPagePastTheEndIsEmptyAndCostsNoPageQuery() {
    ProfileListResult past = service.list(query(ProfileFilter.NONE, 100, 10));

    assertThat(past.page().items()).isEmpty();
    assertThat(past.page().total()).isEqualTo(9);
    assertThat(past.page().hasNext()).isFalse();
    assertThat(finder.pageQueries()).isZero();
  }

  @Test
  void aFilterMatchingNothingCountsOnceAndQueriesNoPage() {
    ProfileFilter nobody = ProfileFilter.NONE.withMinAge(120);

    ProfileListResult result = service.list(query(nobody, 1, 10));

    assertThat(result.page().total()).isZero();
    assertThat(result.page().totalPages()).isZero();
    assertThat(finder.pageQueries()).isZero();
    assertThat(finder.countQueries()).isEqualTo(1);
  }

  @Test
  void aDeleteMakesTheNextListRecomputeItsPageAndCount() {
    ProfileQuery all = query(ProfileFilter.NONE, 1, 10);
    service.list(all);

    deleteService().delete(ProfileSamples.ALL.get(0).id().toString(), Caller.SERVER);
    ProfileListResult after = service.list(all);

    assertThat(after.fromCache()).isFalse();
    assertThat(after.page().total()).isEqualTo(8);
    assertThat(finder.countQueries()).isEqualTo(2);
  }

  @Test
  void aDeepPageByNumberIsReadBySeekingFromItsRememberedPosition() {
    store.insertAllIfAbsent(
        IntStream.range(0, 1_500)
            .mapToObj(
                i ->
                    ProfileFixtures.profile(
                        ProfileFixtures.nextId(),
                        "deep-" + i,
                        Gender.MALE,
                        (i % 20) / 20.0,
                        i % 90,
                        "KE",
                        0.5,
                        ProfileFixtures.BASE_TIME.plusSeconds(i % 300)))
            .toList());
    Sort byAge = new Sort(SortField.AGE, SortOrder.DESC);
    ProfileQuery deep = new ProfileQuery(ProfileFilter.NONE, byAge, new PageRequest(30, 50));
    assertThat(deep.page().offset())
        .isGreaterThanOrEqualTo(ListProfilesService.POSITIONED_FROM_OFFSET);
    List<Profile> byOffset = store.findPage(deep);

    ProfileListResult first = service.list(deep, false);
    ProfileListResult second = service.list(deep, false);

    assertThat(first.page().items()).hasSize(50).isEqualTo(byOffset);
    assertThat(second.page().items()).isEqualTo(byOffset);
    assertThat(finder.positionQueries()).isEqualTo(1);
    assertThat(finder.lastPageQuery().seek()).isNotNull();

    deleteService().delete(byOffset.get(0).id().toString(), Caller.SERVER);
    ProfileListResult afterDelete = service.list(deep, false);

    assertThat(finder.positionQueries()).isEqualTo(2);
    assertThat(afterDelete.page().items()).isEqualTo(store.findPage(deep));
    assertThat(afterDelete.page().items().get(0)).isEqualTo(byOffset.get(1));
  }

  @Test
  void shallowPagesAndPagesWithACursorNeedNoPosition() {
    service.list(query(ProfileFilter.NONE, 2, 4), false);

    assertThat(finder.positionQueries()).isZero();
    assertThat(finder.lastPageQuery().seek()).isNull();
  }
}
