package io.insighta.application.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryProfileStore;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportProfilesServiceTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00.900Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryProfileStore store = new InMemoryProfileStore();
  private final RecordingProfileRepository repository = new RecordingProfileRepository(store);
  private final CountingTransactionRunner transactions = new CountingTransactionRunner();
  private final InMemoryProfileQueryCache cache =
      new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final ImportProfilesService service =
      new ImportProfilesService(
          repository, transactions, cache, new AuditTrail(auditLog, clock), clock);

  private static final Map<String, String> GOOD =
      Map.of(
          "gender", "female",
          "gender_probability", "0.9",
          "age", "30",
          "age_group", "adult",
          "country_id", "NG",
          "country_probability", "0.5",
          "created_at", "2026-03-01T08:00:00Z");

  private static List<ImportCandidate> rows(int count) {
    return LongStream.rangeClosed(1, count).mapToObj(i -> row(i, "person-" + i)).toList();
  }

  private ImportSummary importAll(List<ImportCandidate> rows) {
    return service.importAll(rows.iterator(), Caller.SERVER);
  }

  @Test
  void validRowsAreStoredAsGiven() {
    String id = "01960000-0000-7000-8000-000000000001";
    ImportCandidate full =
        new ImportCandidate(
            1,
            id,
            " Ada ",
            "FEMALE",
            "0.99",
            "12",
            "Child",
            "ng",
            "0.5",
            "2026-03-01T08:00:00Z",
            null);

    ImportSummary summary = importAll(List.of(full, row(2, "bola")));

    assertThat(summary).isEqualTo(new ImportSummary(2, 0, 0, List.of()));
    Profile ada = store.findById(ProfileId.parse(id).orElseThrow()).orElseThrow();
    assertThat(ada.name().value()).isEqualTo("Ada");
    assertThat(ada.country().code()).isEqualTo("NG");
    assertThat(ada.createdAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
  }

  @Test
  void rowsWithoutIdOrTimestampGetFreshOnes() {
    ImportCandidate bare =
        new ImportCandidate(1, " ", "cleo", "male", "0.7", "40", null, "KE", "0.3", "", null);

    importAll(List.of(bare));

    Profile cleo = store.findByName(new ProfileName("cleo")).orElseThrow();
    assertThat(cleo.id().value().version()).isEqualTo(7);
    assertThat(cleo.createdAt()).isEqualTo(Instant.parse("2026-04-01T12:00:00Z"));
  }

  @Test
  void runningTheSameImportTwiceAddsNothingTheSecondTime() {
    List<ImportCandidate> file = rows(5);

    ImportSummary first = importAll(file);
    ImportSummary second = importAll(file);

    assertThat(first).isEqualTo(new ImportSummary(5, 0, 0, List.of()));
    assertThat(second).isEqualTo(new ImportSummary(0, 5, 0, List.of()));
    assertThat(store.count(ProfileFilter.NONE)).isEqualTo(5);
  }

  @Test
  void aNameRepeatedInOneFileInAnotherCaseIsSkipped() {
    ImportSummary summary = importAll(List.of(row(1, "Dayo"), row(2, "DAYO"), row(3, "eze")));

    assertThat(summary).isEqualTo(new ImportSummary(2, 1, 0, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "name=    | Missing or empty name",
        "gender=x | gender must be male or female",
        "age=abc | age must be a whole number",
        "age=151 | age must be between 0 and 150",
        "age_group=senior | age_group does not match age 30",
        "country_id=XX | country_id is not ISO 3166-1",
        "gender_probability=1.5 | gender_probability must be between 0 and 1",
        "country_probability=abc | country_probability must be a number",
        "id=not-a-uuid | id is not a UUID",
        "created_at=yesterday | created_at is not an ISO 8601 UTC timestamp",
        "read_error=unterminated quoted field | unterminated quoted field",
      })
  void aBadRowIsSkippedWithItsLineAndReason(String change, String reason) {
    ImportCandidate bad = row(2, "bad", change);

    ImportSummary summary = importAll(List.of(row(1, "good"), bad, row(3, "fine")));

    assertThat(summary)
        .isEqualTo(new ImportSummary(2, 1, 1, List.of(new ImportRowError(2, reason))));
  }

  @Test
  void onlyTheFirstHundredReasonsAreReportedButEveryBadRowIsCounted() {
    List<ImportCandidate> bad = new ArrayList<>();
    for (long line = 1; line <= 150; line++) {
      bad.add(row(line, "p" + line, "gender=x"));
    }

    ImportSummary summary = importAll(bad);

    assertThat(summary.invalid()).isEqualTo(150);
    assertThat(summary.skipped()).isEqualTo(150);
    assertThat(summary.errors()).hasSize(ImportSummary.MAX_REPORTED_ERRORS);
    assertThat(summary.errors().get(0).line()).isEqualTo(1);
    assertThat(repository.batchSizes()).isEmpty();
    // Nothing to load, but the import is still recorded, in a transaction of its own.
    assertThat(transactions.transactions()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} rows -> batches {1} in one transaction")
  @CsvSource({
    "1, 1",
    "999, 999",
    "1000, 1000",
    "1001, 1000 1",
    "2000, 1000 1000",
    "2001, 1000 1000 1"
  })
  void rowsAreStoredInBatchesOfAThousandAllInOneTransaction(int count, String batches) {
    List<Integer> expected = Arrays.stream(batches.split(" ")).map(Integer::valueOf).toList();

    ImportSummary summary = importAll(rows(count));

    assertThat(summary.inserted()).isEqualTo(count);
    assertThat(repository.batchSizes()).isEqualTo(expected);
    assertThat(transactions.transactions()).isEqualTo(1);
  }

  @Test
  void aTrailingBadRowDoesNotLeaveAnEmptyBatch() {
    List<ImportCandidate> file = new ArrayList<>(rows(1000));
    file.add(row(1001, "last", "age=-1"));

    ImportSummary summary = importAll(file);

    assertThat(summary.inserted()).isEqualTo(1000);
    assertThat(summary.invalid()).isEqualTo(1);
    assertThat(repository.batchSizes()).containsExactly(1000);
  }

  @Test
  void theCacheIsDroppedOnlyWhenSomethingWasInserted() {
    List<ImportCandidate> file = rows(3);
    cache.storeCount(ProfileFilter.NONE, 0);

    importAll(file);
    assertThat(cache.findCount(ProfileFilter.NONE)).isEmpty();

    cache.storeCount(ProfileFilter.NONE, 3);
    importAll(file);
    importAll(List.of());
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(3);
  }

  @Test
  void aFinishedImportIsRecordedWithItsCountsAndCaller() {
    store.insertIfAbsent(new ImportRowValidator(clock).toProfile(row(9, "eze")));
    Caller caller = new Caller(null, new RequestOrigin("192.0.2.1", "request-9"));

    service.importAll(
        List.of(row(1, "Dayo"), row(2, "DAYO"), row(3, "eze"), row(4, "bad", "age=x")).iterator(),
        caller);

    AuditEntry entry = auditLog.find(AuditFilter.NONE, PageRequest.FIRST).items().get(0);
    assertThat(entry.action()).isEqualTo(AuditAction.PROFILE_IMPORT);
    assertThat(entry.target()).isEqualTo(AuditTarget.many(AuditTargetType.PROFILE));
    assertThat(entry.ip()).isEqualTo("192.0.2.1");
    assertThat(entry.requestId()).isEqualTo("request-9");
    assertThat(entry.details())
        .isEqualTo(AuditDetails.of("inserted", 1L, "skipped", 3L, "invalid", 1L));
  }

  /** A valid row named {@code name}, with {@code field=value} changes applied. */
  @Test
  void sourceThatFailsMidStreamFailsTheImportInsideItsTransaction() {
    IllegalStateException cutOff = new IllegalStateException("body cut off");
    Iterator<ImportCandidate> good = rows(3).iterator();
    Iterator<ImportCandidate> failing =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            if (good.hasNext()) {
              return true;
            }
            throw cutOff;
          }

          @Override
          public ImportCandidate next() {
            return good.next();
          }
        };

    assertThatThrownBy(() -> service.importAll(failing, Caller.SERVER)).isSameAs(cutOff);
    // Thrown out of the one transaction, which a real runner rolls back.
    assertThat(transactions.transactions()).isEqualTo(1);
    assertThat(auditLog.find(AuditFilter.NONE, PageRequest.FIRST).total()).isZero();
  }

  private static ImportCandidate row(long line, String name, String... changes) {
    Map<String, String> f = new HashMap<>(GOOD);
    f.put("name", name);
    for (String change : changes) {
      String[] pair = change.split("=", 2);
      f.put(pair[0], pair[1]);
    }
    if (f.containsKey("read_error")) {
      return ImportCandidate.unreadable(line, f.get("read_error"));
    }
    return new ImportCandidate(
        line,
        f.get("id"),
        f.get("name"),
        f.get("gender"),
        f.get("gender_probability"),
        f.get("age"),
        f.get("age_group"),
        f.get("country_id"),
        f.get("country_probability"),
        f.get("created_at"),
        null);
  }
}
