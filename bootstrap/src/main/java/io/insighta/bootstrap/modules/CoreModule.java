package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.bootstrap.Lifecycle;
import io.insighta.bootstrap.config.Settings;
import java.time.Clock;

/** Binds the settings, the clock and the lifecycle every other module uses. */
public final class CoreModule extends AbstractModule {
  private final Settings settings;
  private final Clock clock;
  private final Lifecycle lifecycle;

  public CoreModule(Settings settings, Clock clock, Lifecycle lifecycle) {
    this.settings = settings;
    this.clock = clock;
    this.lifecycle = lifecycle;
  }

  @Provides
  @Singleton
  Settings settings() {
    return settings;
  }

  @Provides
  @Singleton
  Clock clock() {
    return clock;
  }

  @Provides
  @Singleton
  Lifecycle lifecycle() {
    return lifecycle;
  }
}
