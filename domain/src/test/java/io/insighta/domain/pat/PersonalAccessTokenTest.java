package io.insighta.domain.pat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.role.Role;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonalAccessTokenTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final UserId owner = new UserId(UUID.randomUUID());
  private final PersonalAccessToken token =
      PersonalAccessToken.issue(
          new PersonalAccessTokenId(UUID.randomUUID()),
          owner,
          new TokenName("ci"),
          TokenScope.READ,
          PersonalAccessTokenHash.of("secret"),
          NOW,
          new TokenLifetime(2));

  @Test
  void aTokenWorksUntilJustBeforeItsExpiry() {
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    assertThat(token.usableAt(NOW)).isTrue();
    assertThat(token.usableAt(token.expiresAt().minusMillis(1))).isTrue();
    assertThat(token.usableAt(token.expiresAt())).isFalse();
  }

  @Test
  void aRevokedTokenNeverWorksAgain() {
    PersonalAccessToken revoked = withUse(null, NOW.plusSeconds(5));

    assertThat(revoked.revoked()).isTrue();
    assertThat(revoked.usableAt(NOW.plusSeconds(6))).isFalse();
    assertThat(token.revoked()).isFalse();
  }

  @Test
  void aUseIsWorthWritingOnlyWhenNoneOrAnOldOneIsRecorded() {
    assertThat(token.lastUseStaleAt(NOW)).isTrue();
    PersonalAccessToken used = withUse(NOW, null);

    assertThat(used.lastUseStaleAt(NOW.plusSeconds(59))).isFalse();
    assertThat(used.lastUseStaleAt(NOW.plus(PersonalAccessToken.LAST_USE_PRECISION))).isFalse();
    assertThat(used.lastUseStaleAt(NOW.plusSeconds(61))).isTrue();
  }

  @Test
  void theOwnerAndAdminsMayRevokeButNoOtherAnalyst() {
    assertThat(token.revocableBy(user(owner, Role.ANALYST))).isTrue();
    assertThat(token.revocableBy(user(new UserId(UUID.randomUUID()), Role.ADMIN))).isTrue();
    assertThat(token.revocableBy(user(new UserId(UUID.randomUUID()), Role.ANALYST))).isFalse();
  }

  @Test
  void aTokenMustExpireAfterItWasMade() {
    assertThatThrownBy(
            () ->
                new PersonalAccessToken(
                    token.id(),
                    owner,
                    token.name(),
                    token.scope(),
                    token.hash(),
                    NOW,
                    NOW,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private PersonalAccessToken withUse(Instant lastUsedAt, Instant revokedAt) {
    return new PersonalAccessToken(
        token.id(),
        owner,
        token.name(),
        token.scope(),
        token.hash(),
        token.createdAt(),
        token.expiresAt(),
        lastUsedAt,
        revokedAt);
  }

  private static User user(UserId id, Role role) {
    return new User(id, 1, "someone", null, null, role, true, NOW, NOW);
  }
}
