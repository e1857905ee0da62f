package io.insighta.adapters.persistence.user;

import static io.insighta.adapters.persistence.jooq.Tables.LOGIN_STATES;

import io.insighta.adapters.persistence.Timestamps;
import io.insighta.domain.user.LoginState;
import io.insighta.domain.user.LoginStateStore;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Pending sign-ins in PostgreSQL; one {@code DELETE ... RETURNING} makes consumption one-time. */
public final class JooqLoginStateStore implements LoginStateStore {
  private final DSLContext dsl;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqLoginStateStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(LoginState state) {
    dsl.insertInto(LOGIN_STATES)
        .set(LOGIN_STATES.STATE, state.state())
        .set(LOGIN_STATES.CODE_VERIFIER, state.codeVerifier())
        .set(LOGIN_STATES.REDIRECT_URI, state.redirectUri())
        .set(LOGIN_STATES.EXPIRES_AT, Timestamps.toDb(state.expiresAt()))
        .execute();
  }

  @Override
  public Optional<LoginState> consume(String state, Instant now) {
    if (state == null) {
      return Optional.empty();
    }
    Optional<LoginState> consumed =
        dsl.deleteFrom(LOGIN_STATES)
            .where(LOGIN_STATES.STATE.eq(state))
            .and(LOGIN_STATES.EXPIRES_AT.gt(Timestamps.toDb(now)))
            .returning()
            .fetchOptional()
            .map(
                row ->
                    new LoginState(
                        row.getState(),
                        row.getCodeVerifier(),
                        row.getRedirectUri(),
                        Timestamps.fromDb(row.getExpiresAt())));
    // Abandoned sign-ins go here, so the table stays bounded by the auth rate limit.
    dsl.deleteFrom(LOGIN_STATES).where(LOGIN_STATES.EXPIRES_AT.le(Timestamps.toDb(now))).execute();
    return consumed;
  }
}
