package io.insighta.adapters.persistence;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.application.contract.ProfileFixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.TransactionRunner;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqTransactionRunnerTest {
  private final PostgresPersistence persistence =
      new PostgresPersistence(EmbeddedPostgresSupport.dataSource());
  private final TransactionRunner transactions = persistence.transactionRunner();
  private final ProfileRepository repository = persistence.profileRepository();

  @BeforeEach
  void empty() {
    EmbeddedPostgresSupport.dsl().truncate(PROFILES).execute();
  }

  @Test
  void workThatReturnsIsCommittedAndItsResultPassedBack() {
    Profile ada = named("ada");

    int inserted = transactions.inTransaction(() -> repository.insertAllIfAbsent(List.of(ada)));

    assertThat(inserted).isEqualTo(1);
    assertThat(seenFromAnotherConnection(ada)).contains(ada);
  }

  @Test
  void workThatThrowsIsRolledBackAndTheSameExceptionPropagates() {
    Profile ada = named("ada");
    Profile bola = named("bola");
    IllegalStateException failure = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      repository.insertIfAbsent(ada);
                      repository.insertAllIfAbsent(List.of(bola));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(repository.findById(ada.id())).isEmpty();
    assertThat(repository.findById(bola.id())).isEmpty();
  }

  @Test
  void storeCallsInsideTheWorkJoinOneTransactionInvisibleToOthersUntilCommit() {
    Profile ada = named("ada");

    Optional<Profile> seenOutside =
        transactions.inTransaction(
            () -> {
              repository.insertIfAbsent(ada);
              assertThat(repository.findById(ada.id())).contains(ada);
              return seenFromAnotherConnection(ada);
            });

    assertThat(seenOutside).isEmpty();
    assertThat(seenFromAnotherConnection(ada)).contains(ada);
  }

  @Test
  void aFailedInnerTransactionRollsBackAloneWhenTheOuterOneCatchesIt() {
    Profile kept = named("kept");
    Profile dropped = named("dropped");

    transactions.inTransaction(
        () -> {
          repository.insertIfAbsent(kept);
          try {
            transactions.inTransaction(
                () -> {
                  repository.insertIfAbsent(dropped);
                  throw new IllegalArgumentException("inner");
                });
          } catch (IllegalArgumentException expected) {
            // The outer work decides to carry on without the inner part.
          }
          return null;
        });

    assertThat(repository.findById(kept.id())).contains(kept);
    assertThat(repository.findById(dropped.id())).isEmpty();
  }

  /** Reads on another thread, which the thread-bound transaction does not reach. */
  private Optional<Profile> seenFromAnotherConnection(Profile profile) {
    return CompletableFuture.supplyAsync(() -> repository.findById(profile.id())).join();
  }
}
