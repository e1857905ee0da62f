package io.insighta.application.contract;

import static io.insighta.application.contract.ProfileFixtures.BASE_TIME;
import static io.insighta.application.contract.ProfileFixtures.named;
import static io.insighta.application.contract.ProfileFixtures.nextId;
import static io.insighta.application.contract.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.profile.SaveOutcome;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProfileRepository} must do. Extend it, empty the store in {@link #reset()} and
 * return the implementation from {@link #repository()}.
 */
public abstract class ProfileRepositoryContract {
  private ProfileRepository repository;

  /** Empties the store so each test starts from nothing. */
  protected abstract void reset();

  /** The implementation under test, over the store {@link #reset()} just emptied. */
  protected abstract ProfileRepository repository();

  @BeforeEach
  void startEmpty() {
    reset();
    repository = repository();
  }

  @Test
  void unknownIdAndUnknownNameFindNothing() {
    assertThat(repository.findById(nextId())).isEmpty();
    assertThat(repository.findByName(new ProfileName("nobody"))).isEmpty();
  }

  @Test
  void insertIfAbsentStoresANewProfileAndReportsItCreated() {
    Profile ella = named("Ella");

    SaveOutcome outcome = repository.insertIfAbsent(ella);

    assertThat(outcome).isEqualTo(new SaveOutcome(ella, true));
    assertThat(repository.findById(ella.id())).contains(ella);
    assertThat(repository.findByName(new ProfileName("Ella"))).contains(ella);
  }

  @Test
  void extremeValuesAndTheLongestNameSurviveTheRoundTrip() {
    String longest = "\uD83D\uDE00".repeat(ProfileName.MAX_LENGTH - 1) + "Ä";
    Profile edge = profile(nextId(), longest, Gender.MALE, 0.0, 150, "CI", 1.0, BASE_TIME);
    Profile baby = profile(nextId(), "Zoë-Ångström", Gender.FEMALE, 1.0, 0, "ZA", 0.0, BASE_TIME);

    repository.insertIfAbsent(edge);
    repository.insertIfAbsent(baby);

    assertThat(repository.findById(edge.id())).contains(edge);
    assertThat(repository.findById(baby.id())).contains(baby);
  }

  @Test
  void findByNameIgnoresCaseAndKeepsTheStoredSpelling() {
    Profile ella = named("Ella");
    repository.insertIfAbsent(ella);

    assertThat(repository.findByName(new ProfileName("ELLA"))).contains(ella);
    assertThat(repository.findByName(new ProfileName("  ella "))).contains(ella);
  }

  @Test
  void findByNameMatchesEveryUnicodeNormalFormOfTheStoredName() {
    Profile nfc = named("Zo\u00EB");
    repository.insertIfAbsent(nfc);

    assertThat(repository.findByName(new ProfileName("Zoe\u0308"))).contains(nfc);
    assertThat(repository.findByName(new ProfileName("ZOE\u0308"))).contains(nfc);
  }

  @Test
  void insertIfAbsentOfTheSameNameInAnotherCaseReturnsTheExistingRow() {
    Profile first = named("Ella");
    repository.insertIfAbsent(first);
    Profile second = named("ELLA");

    SaveOutcome outcome = repository.insertIfAbsent(second);

    assertThat(outcome).isEqualTo(new SaveOutcome(first, false));
    assertThat(repository.findById(second.id())).isEmpty();
  }

  @Test
  void insertIfAbsentOfADecomposedSpellingReturnsTheComposedRow() {
    Profile composed = named("Ren\u00E9e");
    repository.insertIfAbsent(composed);

    SaveOutcome outcome = repository.insertIfAbsent(named("Rene\u0301e"));

    assertThat(outcome.created()).isFalse();
    assertThat(outcome.profile()).isEqualTo(composed);
  }

  @Test
  void concurrentInsertsOfOneNameCreateExactlyOneProfile() throws Exception {
    for (String name : List.of("Amara", "Chidi", "Bj\u00F6rk")) {
      List<Profile> candidates =
          List.of(
              named(name),
              named(name.toUpperCase(java.util.Locale.ROOT)),
              named(name.toLowerCase(java.util.Locale.ROOT)),
              named(" " + name + " "),
              named(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)));

      List<SaveOutcome> outcomes =
          Concurrently.run(candidates.size(), i -> repository.insertIfAbsent(candidates.get(i)));

      assertThat(outcomes).filteredOn(SaveOutcome::created).hasSize(1);
      Profile winner =
          outcomes.stream().filter(SaveOutcome::created).findFirst().orElseThrow().profile();
      assertThat(outcomes).allSatisfy(o -> assertThat(o.profile().id()).isEqualTo(winner.id()));
      assertThat(repository.findByName(new ProfileName(name))).contains(winner);
    }
  }

  @Test
  void insertAllIfAbsentCountsOnlyTheRowsItInserted() {
    repository.insertIfAbsent(named("ada"));

    int inserted =
        repository.insertAllIfAbsent(List.of(named("ADA"), named("bola"), named("chen")));

    assertThat(inserted).isEqualTo(2);
    assertThat(repository.findByName(new ProfileName("bola"))).isPresent();
    assertThat(repository.findByName(new ProfileName("chen"))).isPresent();
  }

  @Test
  void insertAllIfAbsentKeepsTheFirstOfDuplicatesInsideOneBatch() {
    Profile first = named("Dayo");

    int inserted = repository.insertAllIfAbsent(List.of(first, named("DAYO"), named("eze")));

    assertThat(inserted).isEqualTo(2);
    assertThat(repository.findByName(new ProfileName("dayo"))).contains(first);
  }

  @Test
  void insertAllIfAbsentTwiceAddsNothingTheSecondTime() {
    List<Profile> batch = List.of(named("fola"), named("gbenga"), named("hauwa"));

    assertThat(repository.insertAllIfAbsent(batch)).isEqualTo(3);
    assertThat(repository.insertAllIfAbsent(batch)).isZero();
    assertThat(repository.insertAllIfAbsent(List.of())).isZero();
  }

  @Test
  void insertAllIfAbsentStoresBatchesLargerThanOneStatement() {
    List<Profile> many = IntStream.range(0, 2_500).mapToObj(i -> named("person-" + i)).toList();

    assertThat(repository.insertAllIfAbsent(many)).isEqualTo(2_500);
    assertThat(repository.findById(many.get(2_499).id())).contains(many.get(2_499));
  }

  @Test
  void loadAllIfAbsentIntoAnEmptyStoreKeepsTheFirstOfDuplicateNames() {
    Profile first = named("Ifeoma");
    Profile odd = named("back\\slash \"quoted\" name");

    long inserted =
        repository.loadAllIfAbsent(List.of(first, named("IFEOMA"), odd, named("jide")).iterator());

    assertThat(inserted).isEqualTo(3);
    assertThat(repository.findByName(new ProfileName("ifeoma"))).contains(first);
    assertThat(repository.findById(odd.id())).contains(odd);
  }

  @Test
  void loadAllIfAbsentSkipsNamesAlreadyStoredAndKeepsThem() {
    Profile kemi = named("kemi");
    repository.insertIfAbsent(kemi);

    long inserted =
        repository.loadAllIfAbsent(List.of(named("KEMI"), named("lola"), named("musa")).iterator());

    assertThat(inserted).isEqualTo(2);
    assertThat(repository.findByName(new ProfileName("kemi"))).contains(kemi);
    assertThat(repository.findByName(new ProfileName("musa"))).isPresent();
  }

  @Test
  void loadAllIfAbsentTwiceAddsNothingTheSecondTime() {
    List<Profile> file = IntStream.range(0, 2_500).mapToObj(i -> named("loaded-" + i)).toList();

    assertThat(repository.loadAllIfAbsent(file.iterator())).isEqualTo(2_500);
    assertThat(repository.loadAllIfAbsent(file.iterator())).isZero();
    assertThat(repository.loadAllIfAbsent(List.<Profile>of().iterator())).isZero();
    assertThat(repository.findById(file.get(2_499).id())).contains(file.get(2_499));
  }

  @Test
  void deleteRemovesTheProfileAndFreesItsName() {
    Profile ella = named("Ella");
    repository.insertIfAbsent(ella);

    assertThat(repository.delete(ella.id())).isTrue();

    assertThat(repository.findById(ella.id())).isEmpty();
    assertThat(repository.findByName(new ProfileName("Ella"))).isEmpty();
    assertThat(repository.insertIfAbsent(named("ella")).created()).isTrue();
  }

  @Test
  void deleteOfAnUnknownOrAlreadyDeletedIdReportsFalse() {
    Profile ella = named("Ella");
    repository.insertIfAbsent(ella);

    assertThat(repository.delete(nextId())).isFalse();
    assertThat(repository.delete(ella.id())).isTrue();
    assertThat(repository.delete(ella.id())).isFalse();
  }
}
