package io.insighta.adapters.persistence;

import io.insighta.adapters.persistence.audit.JooqAuditLog;
import io.insighta.adapters.persistence.pat.JooqPersonalAccessTokenStore;
import io.insighta.adapters.persistence.profile.JooqProfileFinder;
import io.insighta.adapters.persistence.profile.JooqProfileRepository;
import io.insighta.adapters.persistence.token.JooqRefreshTokenStore;
import io.insighta.adapters.persistence.token.JooqSigningKeyStore;
import io.insighta.adapters.persistence.user.JooqLoginStateStore;
import io.insighta.adapters.persistence.user.JooqUserRepository;
import io.insighta.application.TransactionRunner;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.SigningKeyStore;
import io.insighta.domain.user.LoginStateStore;
import io.insighta.domain.user.UserRepository;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * The PostgreSQL implementations of the out-ports over one data source, all sharing one
 * thread-bound jOOQ context so that they take part in the same transactions; callers see only port
 * types.
 */
public final class PostgresPersistence {
  private final DSLContext dsl;
  private final ReadRetry reads;

  public PostgresPersistence(DataSource dataSource) {
    this.dsl = JooqContexts.threadBound(dataSource);
    this.reads = new ReadRetry(dataSource);
  }

  public ProfileRepository profileRepository() {
    return new JooqProfileRepository(dsl, reads);
  }

  public ProfileFinder profileFinder() {
    return new JooqProfileFinder(dsl, reads);
  }

  public UserRepository userRepository() {
    return new JooqUserRepository(dsl, reads);
  }

  public RefreshTokenStore refreshTokenStore() {
    return new JooqRefreshTokenStore(dsl);
  }

  public PersonalAccessTokenStore personalAccessTokenStore() {
    return new JooqPersonalAccessTokenStore(dsl, reads);
  }

  public SigningKeyStore signingKeyStore() {
    return new JooqSigningKeyStore(dsl);
  }

  public LoginStateStore loginStateStore() {
    return new JooqLoginStateStore(dsl);
  }

  public AuditLog auditLog() {
    return new JooqAuditLog(dsl, reads);
  }

  public TransactionRunner transactionRunner() {
    return new JooqTransactionRunner(dsl);
  }
}
