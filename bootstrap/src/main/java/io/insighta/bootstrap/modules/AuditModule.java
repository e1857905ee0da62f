package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.ListAuditEntriesService;
import io.insighta.application.audit.ListAuditEntriesUseCase;
import io.insighta.domain.audit.AuditLog;
import java.time.Clock;

/** The audit trail the use cases write to, and the use case that lists it. */
public final class AuditModule extends AbstractModule {

  @Provides
  @Singleton
  AuditTrail auditTrail(AuditLog log, Clock clock) {
    return new AuditTrail(log, clock);
  }

  @Provides
  @Singleton
  ListAuditEntriesUseCase listAuditEntries(AuditLog log) {
    return new ListAuditEntriesService(log);
  }
}
