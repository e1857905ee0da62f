package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.token.RefreshTokenStatus;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.RotationOutcome;
import io.insighta.domain.token.RotationOutcome.Result;
import io.insighta.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenStore} must do; subclasses supply the store and an existing user.
 */
public abstract class RefreshTokenStoreContract {
  protected static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(5);
  private static final Duration SESSION = Duration.ofHours(12);

  protected abstract RefreshTokenStore store();

  /** A user the store may reference (a real row where a foreign key requires it). */
  protected abstract UserId existingUser();

  private static RefreshTokenHash newHash() {
    return RefreshTokenHash.of(UUID.randomUUID().toString());
  }

  private RefreshToken storedToken(UserId user, FamilyId family) {
    return storedToken(user, family, NOW.plus(SESSION));
  }

  private RefreshToken storedToken(UserId user, FamilyId family, Instant sessionEnds) {
    RefreshToken token =
        RefreshToken.active(newHash(), family, user, NOW, NOW.plus(TTL), sessionEnds);
    store().store(token);
    return token;
  }

  private RotationOutcome rotate(
      RefreshTokenHash presented, RefreshTokenHash successor, Instant at) {
    return store().rotate(presented, successor, at, at.plus(TTL));
  }

  @Test
  void noSuccessorOutlivesItsSessionAndTheSessionEndsWithIt() {
    UserId user = existingUser();
    FamilyId family = FamilyId.random();
    Instant sessionEnds = NOW.plusSeconds(200);
    RefreshToken first = storedToken(user, family, sessionEnds);
    RefreshTokenHash second = newHash();

    assertThat(rotate(first.hash(), second, NOW.plusSeconds(100)).result())
        .isEqualTo(Result.ROTATED);

    RefreshToken successor = store().find(second).orElseThrow();
    assertThat(successor.expiresAt()).isEqualTo(sessionEnds);
    assertThat(successor.sessionEndsAt()).isEqualTo(sessionEnds);
    assertThat(store().sessionActive(family, sessionEnds.minusSeconds(1))).isTrue();
    assertThat(store().sessionActive(family, sessionEnds)).isFalse();
    assertThat(rotate(second, newHash(), sessionEnds.plusSeconds(1)).result())
        .isEqualTo(Result.INVALID);
  }

  @Test
  void aRevokedFamilyIsNoLongerAnActiveSession() {
    UserId user = existingUser();
    FamilyId family = FamilyId.random();
    storedToken(user, family);
    assertThat(store().sessionActive(family, NOW.plusSeconds(1))).isTrue();

    store().revokeFamily(family);

    assertThat(store().sessionActive(family, NOW.plusSeconds(1))).isFalse();
    assertThat(store().sessionActive(FamilyId.random(), NOW)).isFalse();
  }

  @Test
  void activeTokenRotatesToItsSuccessorInTheSameFamily() {
    UserId user = existingUser();
    FamilyId family = FamilyId.random();
    RefreshToken first = storedToken(user, family);
    RefreshTokenHash second = newHash();

    RotationOutcome outcome = rotate(first.hash(), second, NOW.plusSeconds(10));

    assertThat(outcome).isEqualTo(RotationOutcome.rotated(user, family));
    assertThat(store().find(first.hash()))
        .map(RefreshToken::status)
        .contains(RefreshTokenStatus.ROTATED);
    RefreshToken successor = store().find(second).orElseThrow();
    assertThat(successor.status()).isEqualTo(RefreshTokenStatus.ACTIVE);
    assertThat(successor.familyId()).isEqualTo(family);
    assertThat(successor.userId()).isEqualTo(user);
    assertThat(successor.expiresAt()).isEqualTo(NOW.plusSeconds(10).plus(TTL));
    assertThat(rotate(second, newHash(), NOW.plusSeconds(20)).result()).isEqualTo(Result.ROTATED);
  }

  @Test
  void rotatedTokenReuseIsReportedAndTheCallersRevocationEndsTheWholeFamily() {
    UserId user = existingUser();
    FamilyId family = FamilyId.random();
    RefreshToken first = storedToken(user, family);
    RefreshTokenHash second = newHash();
    rotate(first.hash(), second, NOW.plusSeconds(1));

    RotationOutcome reuse = rotate(first.hash(), newHash(), NOW.plusSeconds(2));

    assertThat(reuse).isEqualTo(RotationOutcome.reused(user, family));
    // Reporting changes nothing: the caller revokes, in the transaction that records the reuse.
    assertThat(store().find(second)).map(RefreshToken::status).contains(RefreshTokenStatus.ACTIVE);
    store().revokeFamily(reuse.familyId());
    assertThat(store().find(second)).map(RefreshToken::status).contains(RefreshTokenStatus.REVOKED);
    assertThat(rotate(second, newHash(), NOW.plusSeconds(3)).result()).isEqualTo(Result.INVALID);
  }

  @Test
  void reuseLeavesOtherFamiliesAlone() {
    UserId user = existingUser();
    RefreshToken victim = storedToken(user, FamilyId.random());
    RefreshToken bystander = storedToken(user, FamilyId.random());
    rotate(victim.hash(), newHash(), NOW.plusSeconds(1));
    rotate(victim.hash(), newHash(), NOW.plusSeconds(2));

    assertThat(rotate(bystander.hash(), newHash(), NOW.plusSeconds(3)).result())
        .isEqualTo(Result.ROTATED);
  }

  @Test
  void tokenIsUsableUntilJustBeforeItsExpiry() {
    UserId user = existingUser();
    RefreshToken early = storedToken(user, FamilyId.random());
    RefreshToken late = storedToken(user, FamilyId.random());

    assertThat(rotate(early.hash(), newHash(), NOW.plus(TTL).minusMillis(1)).result())
        .isEqualTo(Result.ROTATED);
    assertThat(rotate(late.hash(), newHash(), NOW.plus(TTL)).result()).isEqualTo(Result.INVALID);
    assertThat(store().find(late.hash()))
        .map(RefreshToken::status)
        .contains(RefreshTokenStatus.ACTIVE);
  }

  @Test
  void unknownTokenIsInvalid() {
    assertThat(rotate(newHash(), newHash(), NOW).result()).isEqualTo(Result.INVALID);
    assertThat(store().find(newHash())).isEmpty();
  }

  @Test
  void revokedFamilyCannotRotate() {
    UserId user = existingUser();
    FamilyId family = FamilyId.random();
    RefreshToken token = storedToken(user, family);

    store().revokeFamily(family);
    store().revokeFamily(family);

    assertThat(rotate(token.hash(), newHash(), NOW.plusSeconds(1)).result())
        .isEqualTo(Result.INVALID);
    assertThat(store().find(token.hash()))
        .map(RefreshToken::status)
        .contains(RefreshTokenStatus.REVOKED);
  }

  @RepeatedTest(5)
  void tenConcurrentRotationsOfOneTokenHaveExactlyOneWinner() throws Exception {
    UserId user = existingUser();
    FamilyId family = FamilyId.random();
    RefreshToken token = storedToken(user, family);
    List<RefreshTokenHash> successors =
        List.of(
            newHash(), newHash(), newHash(), newHash(), newHash(), newHash(), newHash(), newHash(),
            newHash(), newHash());

    List<RotationOutcome> outcomes =
        Concurrently.run(10, i -> rotate(token.hash(), successors.get(i), NOW.plusSeconds(1)));

    assertThat(outcomes).filteredOn(o -> o.result() == Result.ROTATED).hasSize(1);
    long liveSuccessors =
        successors.stream()
            .filter(
                hash ->
                    store()
                        .find(hash)
                        .map(t -> t.status() == RefreshTokenStatus.ACTIVE)
                        .orElse(false))
            .count();
    assertThat(liveSuccessors).isLessThanOrEqualTo(1);
  }
}
