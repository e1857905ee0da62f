package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenSecret;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.pat.TokenLifetime;
import io.insighta.domain.pat.TokenName;
import io.insighta.domain.pat.TokenScope;
import io.insighta.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonalAccessTokenStore} must do; subclasses supply the store and existing
 * users (real rows where a foreign key requires them).
 */
public abstract class PersonalAccessTokenStoreContract {
  protected static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();

  protected abstract PersonalAccessTokenStore store();

  protected abstract UserId existingUser();

  private PersonalAccessToken stored(UserId owner, String name, Instant createdAt) {
    PersonalAccessToken token =
        PersonalAccessToken.issue(
            PersonalAccessTokenId.generate(Clock.fixed(createdAt, ZoneOffset.UTC)),
            owner,
            new TokenName(name),
            TokenScope.WRITE,
            PersonalAccessTokenSecret.generate(RANDOM).hash(),
            createdAt,
            new TokenLifetime(7));
    store().insert(token);
    return token;
  }

  @Test
  void aStoredTokenIsFoundByItsHashAndItsIdAsItWasStored() {
    PersonalAccessToken token = stored(existingUser(), "ci – nightly ✓", NOW);

    assertThat(store().findByHash(token.hash())).contains(token);
    assertThat(store().findById(token.id())).contains(token);
    assertThat(store().findByHash(PersonalAccessTokenSecret.generate(RANDOM).hash())).isEmpty();
    assertThat(store().findById(PersonalAccessTokenId.generate(Clock.systemUTC()))).isEmpty();
  }

  @Test
  void aHashIsStoredOnlyOnce() {
    PersonalAccessToken token = stored(existingUser(), "first", NOW);
    PersonalAccessToken twin =
        new PersonalAccessToken(
            PersonalAccessTokenId.generate(Clock.systemUTC()),
            token.ownerId(),
            new TokenName("twin"),
            TokenScope.READ,
            token.hash(),
            NOW,
            NOW.plusSeconds(60),
            null,
            null);

    assertThatThrownBy(() -> store().insert(twin)).isInstanceOf(RuntimeException.class);
    assertThat(store().findByHash(token.hash())).contains(token);
  }

  @Test
  void theOwnersListHoldsTheirUnrevokedTokensNewestFirstExpiredOnesToo() {
    UserId owner = existingUser();
    PersonalAccessToken old = stored(owner, "old", NOW.minus(Duration.ofDays(30)));
    PersonalAccessToken middle = stored(owner, "middle", NOW.minusSeconds(60));
    PersonalAccessToken revoked = stored(owner, "revoked", NOW.minusSeconds(30));
    PersonalAccessToken newest = stored(owner, "newest", NOW);
    stored(existingUser(), "someone else's", NOW);
    store().revoke(revoked.id(), NOW);

    List<PersonalAccessToken> listed = store().listByOwner(owner);

    assertThat(listed).containsExactly(newest, middle, old);
    assertThat(old.usableAt(NOW)).isFalse();
    assertThat(store().listByOwner(existingUser())).isEmpty();
  }

  @Test
  void aTokenIsRevokedOnceAndStaysFindableAsRevoked() {
    PersonalAccessToken token = stored(existingUser(), "ci", NOW);

    assertThat(store().revoke(token.id(), NOW.plusSeconds(5))).isTrue();
    assertThat(store().revoke(token.id(), NOW.plusSeconds(6))).isFalse();
    assertThat(store().revoke(PersonalAccessTokenId.generate(Clock.systemUTC()), NOW)).isFalse();

    PersonalAccessToken found = store().findByHash(token.hash()).orElseThrow();
    assertThat(found.revokedAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(found.usableAt(NOW.plusSeconds(7))).isFalse();
  }

  @Test
  void aUseIsWrittenOnlyWhenTheRecordedOneIsOlderThanAMinute() {
    PersonalAccessToken token = stored(existingUser(), "ci", NOW);

    store().recordUse(token.id(), NOW.plusSeconds(10));
    assertThat(lastUse(token)).isEqualTo(NOW.plusSeconds(10));
    store().recordUse(token.id(), NOW.plusSeconds(70));
    assertThat(lastUse(token)).isEqualTo(NOW.plusSeconds(10));
    store().recordUse(token.id(), NOW.plusSeconds(71));
    assertThat(lastUse(token)).isEqualTo(NOW.plusSeconds(71));
    store().recordUse(token.id(), NOW.plusSeconds(20));
    assertThat(lastUse(token)).isEqualTo(NOW.plusSeconds(71));
  }

  @RepeatedTest(3)
  void ofConcurrentRevocationsExactlyOneWins() throws Exception {
    PersonalAccessToken token = stored(existingUser(), "raced", NOW);

    List<Boolean> outcomes =
        Concurrently.run(8, i -> store().revoke(token.id(), NOW.plusSeconds(i + 1L)));

    assertThat(outcomes).containsOnlyOnce(true);
  }

  private Instant lastUse(PersonalAccessToken token) {
    return store().findById(token.id()).orElseThrow().lastUsedAt();
  }
}
