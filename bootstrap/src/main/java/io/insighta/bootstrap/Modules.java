package io.insighta.bootstrap;

import com.google.inject.Module;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.modules.AuditModule;
import io.insighta.bootstrap.modules.AuthModule;
import io.insighta.bootstrap.modules.CacheModule;
import io.insighta.bootstrap.modules.ClientsModule;
import io.insighta.bootstrap.modules.CoreModule;
import io.insighta.bootstrap.modules.DatabaseModule;
import io.insighta.bootstrap.modules.MetricsModule;
import io.insighta.bootstrap.modules.PersistenceModule;
import io.insighta.bootstrap.modules.PersonalTokensModule;
import io.insighta.bootstrap.modules.ProfilesModule;
import io.insighta.bootstrap.modules.SigningKeysModule;
import java.time.Clock;
import java.util.List;

/** The Guice modules of every process, one per adapter plus the use cases. */
final class Modules {
  private Modules() {}

  static List<Module> forSettings(Settings settings, Clock clock, Lifecycle lifecycle) {
    return List.of(
        new CoreModule(settings, clock, lifecycle),
        new MetricsModule(),
        new DatabaseModule(),
        new PersistenceModule(),
        new AuditModule(),
        new CacheModule(),
        new ClientsModule(),
        new SigningKeysModule(),
        new AuthModule(),
        new PersonalTokensModule(),
        new ProfilesModule());
  }
}
