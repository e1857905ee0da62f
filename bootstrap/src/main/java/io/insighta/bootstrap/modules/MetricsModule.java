package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.cache.RedisGuard;
import io.insighta.bootstrap.Lifecycle;
import io.insighta.bootstrap.config.ObservabilitySettings;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.metrics.ManagementListener;
import io.insighta.bootstrap.metrics.ProcessMeters;
import io.insighta.bootstrap.metrics.RedisGuardMeter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;

/**
 * The meter registry and the meters nobody else owns. With {@code MANAGEMENT_PORT} meters go to a
 * Prometheus registry the management listener serves; without it to an empty composite registry,
 * whose meters do nothing, so an unobserved server pays nothing for them.
 */
public final class MetricsModule extends AbstractModule {

  @Provides
  @Singleton
  Optional<PrometheusMeterRegistry> prometheus(Settings settings) {
    return settings.observability().managementPort().isPresent()
        ? Optional.of(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
        : Optional.empty();
  }

  @Provides
  @Singleton
  MeterRegistry registry(Optional<PrometheusMeterRegistry> prometheus) {
    return prometheus.<MeterRegistry>map(r -> r).orElseGet(CompositeMeterRegistry::new);
  }

  /** Bound at start, like the Redis gauge: the production stage creates every singleton eagerly. */
  @Provides
  @Singleton
  ProcessMeters processMeters(MeterRegistry registry, Lifecycle lifecycle) {
    return lifecycle.register(new ProcessMeters(registry));
  }

  @Provides
  @Singleton
  RedisGuardMeter redisGuardMeter(Optional<RedisGuard> redis, MeterRegistry registry) {
    return new RedisGuardMeter(redis, registry);
  }

  @Provides
  @Singleton
  ManagementListener managementListener(
      Settings settings, Optional<PrometheusMeterRegistry> prometheus, Lifecycle lifecycle) {
    ObservabilitySettings observability = settings.observability();
    return lifecycle.register(
        new ManagementListener(
            observability.managementPort(), observability.managementHost(), prometheus));
  }
}
