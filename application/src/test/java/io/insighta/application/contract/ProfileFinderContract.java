package io.insighta.application.contract;

import static io.insighta.application.contract.ProfileFixtures.nextId;
import static io.insighta.application.contract.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileStatistics;
import io.insighta.domain.query.ProfileStatistics.CountryCount;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortField;
import io.insighta.domain.query.SortOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link ProfileFinder} must return, checked against the hand-computed answers for
 * {@link ProfileSamples}. Extend it, empty the store in {@link #reset()}, and return a repository
 * and a finder over that one store.
 */
public abstract class ProfileFinderContract {
  private static final ProfileFilter NONE = ProfileFilter.NONE;
  private ProfileRepository repository;
  private ProfileFinder finder;

  /** Empties the store so each test starts from nothing. */
  protected abstract void reset();

  /** Seeds the store; it must write where {@link #finder()} reads. */
  protected abstract ProfileRepository repository();

  /** The implementation under test. */
  protected abstract ProfileFinder finder();

  @BeforeEach
  void startFromTheSamples() {
    reset();
    repository = repository();
    finder = finder();
    assertThat(repository.insertAllIfAbsent(ProfileSamples.ALL)).isEqualTo(9);
  }

  @Test
  void noFilterListsEveryProfileByCreationTimeThenId() {
    assertThat(names(NONE))
        .containsExactly("ada", "bola", "chen", "dana", "ike", "emeka", "femi", "gina", "hana");
    assertThat(finder.count(NONE)).isEqualTo(9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gender=male,                 bola chen ike emeka femi",
    "gender=female,               ada dana gina hana",
    "age_group=child,             ada",
    "age_group=teenager,          bola chen",
    "age_group=adult,             dana ike emeka femi",
    "age_group=senior,            gina hana",
    "country=NG,                  ada bola emeka femi",
    "country=ZA,                  ike gina",
    "min_age=35,                  ike emeka femi gina hana",
    "max_age=35,                  ada bola chen dana ike emeka",
    "min_age=35 max_age=35,       ike emeka",
    "min_age=13 max_age=19,       bola chen",
    "min_gp=0.9,                  ada bola ike emeka gina",
    "min_gp=1.0,                  ''",
    "min_cp=0.8,                  bola chen hana",
    "min_cp=0.0,                  ada bola chen dana ike emeka femi gina hana",
    "gender=male country=NG min_age=25,               emeka femi",
    "gender=male country=NG min_age=25 min_gp=0.9,    emeka",
    "age_group=adult min_gp=0.9,                      ike emeka",
    "gender=female age_group=senior min_cp=0.5,       hana",
    "country=ZA max_age=40 min_cp=0.1,                ike",
    "gender=male country=JP,                          ''",
  })
  void everyFilterAloneAndCombinedSelectsInclusively(String filter, String expected) {
    ProfileFilter parsed = FilterText.parse(filter);
    List<String> wanted = expected.isBlank() ? List.of() : List.of(expected.trim().split("\\s+"));

    assertThat(names(parsed)).containsExactlyElementsOf(wanted);
    assertThat(finder.count(parsed)).isEqualTo(wanted.size());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "CREATED_AT,         ASC,  ada bola chen dana ike emeka femi gina hana",
    "CREATED_AT,         DESC, hana gina femi emeka ike dana chen bola ada",
    "AGE,                ASC,  ada bola chen dana ike emeka femi gina hana",
    "AGE,                DESC, hana gina femi emeka ike dana chen bola ada",
    "GENDER_PROBABILITY, ASC,  hana dana chen femi gina ike emeka bola ada",
    "GENDER_PROBABILITY, DESC, ada bola emeka ike gina femi chen dana hana",
  })
  void everySortOrdersByItsColumnThenById(SortField field, SortOrder order, String expected) {
    Sort sort = new Sort(field, order);
    List<String> wanted = List.of(expected.split(" "));

    assertThat(names(new ProfileQuery(NONE, sort, new PageRequest(1, 50)))).isEqualTo(wanted);
    assertThat(streamedNames(NONE, sort)).isEqualTo(wanted);
  }

  /** Every sort field in both directions. */
  static Stream<Arguments> everySort() {
    return Arrays.stream(SortField.values())
        .flatMap(
            field -> Arrays.stream(SortOrder.values()).map(order -> Arguments.of(field, order)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "CREATED_AT, ASC",
    "AGE, DESC",
    "GENDER_PROBABILITY, ASC",
    "GENDER_PROBABILITY, DESC"
  })
  void pagesOfTwoConcatenateToTheWholeOrderWithoutOverlapOrGaps(SortField field, SortOrder order) {
    Sort sort = new Sort(field, order);
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 5; page++) {
      paged.addAll(names(new ProfileQuery(NONE, sort, new PageRequest(page, 2))));
    }

    assertThat(paged).isEqualTo(streamedNames(NONE, sort));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everySort")
  void seekingAfterEachPagesLastRowWalksTheWholeOrderThroughTies(SortField field, SortOrder order) {
    Sort sort = new Sort(field, order);
    ProfileQuery query = new ProfileQuery(NONE, sort, new PageRequest(1, 2));
    List<String> walked = new ArrayList<>();
    List<Profile> page = finder.findPage(query);
    for (int step = 0; step < 10 && !page.isEmpty(); step++) {
      page.forEach(p -> walked.add(p.name().value()));
      Seek after = Seek.after(page.get(page.size() - 1), field);
      page = finder.findPage(new ProfileQuery(NONE, sort, new PageRequest(step + 2, 2), after));
    }

    assertThat(walked).isEqualTo(streamedNames(NONE, sort));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everySort")
  void thePositionBeforeAPageIsTheLastRowOfThePreviousOne(SortField field, SortOrder order) {
    Sort sort = new Sort(field, order);
    ProfileFilter males = NONE.withGender(Gender.MALE);
    for (int page = 2; page <= 3; page++) {
      ProfileQuery byNumber = new ProfileQuery(males, sort, new PageRequest(page, 2));
      List<Profile> previous =
          finder.findPage(new ProfileQuery(males, sort, new PageRequest(page - 1, 2)));

      Seek position = finder.positionBefore(byNumber).orElseThrow();

      assertThat(position).isEqualTo(Seek.after(previous.get(1), field));
      assertThat(finder.findPage(byNumber.withSeek(position))).isEqualTo(finder.findPage(byNumber));
    }
  }

  @Test
  void thereIsNoPositionBeforeAFirstPageOrAPagePastTheEnd() {
    assertThat(finder.positionBefore(query(1, 4))).isEmpty();
    assertThat(finder.positionBefore(query(3, 4))).isPresent();
    assertThat(finder.positionBefore(query(4, 4))).isEmpty();
    assertThat(finder.positionBefore(query(1_000_000, 50))).isEmpty();
  }

  @Test
  void aSeekingPageAppliesTheFilterAndIgnoresThePageOffset() {
    ProfileFilter males = NONE.withGender(Gender.MALE);
    Sort byAgeDesc = new Sort(SortField.AGE, SortOrder.DESC);
    Profile emeka =
        finder.findPage(new ProfileQuery(males, byAgeDesc, new PageRequest(2, 1))).get(0);
    Seek afterEmeka = Seek.after(emeka, SortField.AGE);

    assertThat(names(new ProfileQuery(males, byAgeDesc, new PageRequest(40, 2), afterEmeka)))
        .containsExactly("ike", "chen");
    Seek afterLast =
        Seek.after(
            finder.findPage(new ProfileQuery(males, byAgeDesc, new PageRequest(5, 1))).get(0),
            SortField.AGE);
    assertThat(names(new ProfileQuery(males, byAgeDesc, PageRequest.FIRST, afterLast))).isEmpty();
  }

  @Test
  void pagesSplitAtTheirOffsetsAndAreEmptyPastTheEnd() {
    assertThat(names(query(1, 4))).containsExactly("ada", "bola", "chen", "dana");
    assertThat(names(query(2, 4))).containsExactly("ike", "emeka", "femi", "gina");
    assertThat(names(query(3, 4))).containsExactly("hana");
    assertThat(names(query(4, 4))).isEmpty();
    assertThat(names(query(1_000_000, 50))).isEmpty();
  }

  @Test
  void filteredPagesCountOnlyMatchingRows() {
    ProfileFilter males = NONE.withGender(Gender.MALE);
    Sort byAge = new Sort(SortField.AGE, SortOrder.DESC);

    assertThat(names(new ProfileQuery(males, byAge, new PageRequest(2, 2))))
        .containsExactly("ike", "chen");
    assertThat(names(new ProfileQuery(males, byAge, new PageRequest(3, 2))))
        .containsExactly("bola");
    assertThat(names(new ProfileQuery(males, byAge, new PageRequest(4, 2)))).isEmpty();
  }

  @Test
  void streamAllFeedsOnlyMatchingProfilesInOrder() {
    ProfileFilter nigerians = NONE.withCountry(Country.ofCode("NG").orElseThrow());

    assertThat(streamedNames(nigerians, new Sort(SortField.AGE, SortOrder.DESC)))
        .containsExactly("femi", "emeka", "bola", "ada");
    assertThat(streamedNames(NONE.withMinAge(100), Sort.DEFAULT)).isEmpty();
  }

  @Test
  void streamAllDeliversEveryRowOfASetLargerThanOneFetch() {
    List<Profile> many =
        IntStream.range(0, 2_500)
            .mapToObj(
                i ->
                    profile(
                        nextId(),
                        "bulk-" + i,
                        i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                        0.5,
                        i % 90,
                        "KE",
                        0.5,
                        ProfileFixtures.BASE_TIME.plus(Duration.ofSeconds(i))))
            .toList();
    repository.insertAllIfAbsent(many);
    List<ProfileId> streamed = new ArrayList<>();

    finder.streamAll(
        NONE.withCountry(Country.ofCode("KE").orElseThrow()),
        new Sort(SortField.CREATED_AT, SortOrder.DESC),
        p -> streamed.add(p.id()));

    List<ProfileId> newestFirst = new ArrayList<>(many.stream().map(Profile::id).toList());
    Collections.reverse(newestFirst);
    assertThat(streamed).isEqualTo(newestFirst);
  }

  @Test
  void statisticsCountByGenderAgeGroupAndTopCountries() {
    ProfileStatistics stats = finder.statistics(3);

    assertThat(stats.total()).isEqualTo(9);
    assertThat(stats.byGender()).containsOnly(entry(Gender.MALE, 5L), entry(Gender.FEMALE, 4L));
    assertThat(stats.byAgeGroup())
        .containsOnly(
            entry(AgeGroup.CHILD, 1L),
            entry(AgeGroup.TEENAGER, 2L),
            entry(AgeGroup.ADULT, 4L),
            entry(AgeGroup.SENIOR, 2L));
    assertThat(stats.topCountries())
        .containsExactly(country("NG", 4), country("ZA", 2), country("CN", 1));
    assertThat(finder.statistics(10).topCountries())
        .extracting(c -> c.country().code())
        .containsExactly("NG", "ZA", "CN", "JP", "US");
  }

  @Test
  void anEmptyStoreHasNoRowsNoCountAndEmptyStatistics() {
    reset();
    finder = finder();

    assertThat(names(NONE)).isEmpty();
    assertThat(finder.count(NONE)).isZero();
    assertThat(streamedNames(NONE, Sort.DEFAULT)).isEmpty();
    ProfileStatistics stats = finder.statistics(10);
    assertThat(stats.total()).isZero();
    assertThat(stats.byGender()).isEmpty();
    assertThat(stats.byAgeGroup()).isEmpty();
    assertThat(stats.topCountries()).isEmpty();
  }

  @Test
  void everyTotalIsTheNumberOfMatchingStoredProfilesAfterAnyInsertsAndDeletes() {
    // Few examples of up to 15 steps each: the PostgreSQL run stays within a couple of seconds.
    qt().withExamples(25).forAll(CountScenarios.steps()).checkAssert(this::replayCountingEachStep);
  }

  private void replayCountingEachStep(List<CountScenarios.Step> steps) {
    startFromTheSamples();
    Map<String, Profile> model = new LinkedHashMap<>();
    ProfileSamples.ALL.forEach(p -> model.put(p.name().key(), p));
    for (CountScenarios.Step step : steps) {
      CountScenarios.apply(step, repository, model);
      for (ProfileFilter filter :
          List.of(step.filter(), CountScenarios.withoutProbabilities(step.filter()))) {
        long expected =
            model.values().stream().filter(p -> CountScenarios.matches(filter, p)).count();
        assertThat(finder.count(filter)).as("%s after %s", filter, step).isEqualTo(expected);
      }
    }
  }

  private static CountryCount country(String code, long count) {
    return new CountryCount(Country.ofCode(code).orElseThrow(), count);
  }

  private static ProfileQuery query(int page, int limit) {
    return new ProfileQuery(NONE, Sort.DEFAULT, new PageRequest(page, limit));
  }

  private List<String> names(ProfileFilter filter) {
    return names(new ProfileQuery(filter, Sort.DEFAULT, new PageRequest(1, PageRequest.MAX_LIMIT)));
  }

  private List<String> names(ProfileQuery query) {
    return finder.findPage(query).stream().map(p -> p.name().value()).toList();
  }

  private List<String> streamedNames(ProfileFilter filter, Sort sort) {
    List<String> names = new ArrayList<>();
    finder.streamAll(filter, sort, p -> names.add(p.name().value()));
    return names;
  }
}
