package io.insighta.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.metrics.ManagementListener;
import io.insighta.bootstrap.seed.Seeder;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running server process: the injector, its resources and the started HTTP server. */
public final class InsightaServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InsightaServer.class);
  private final Injector injector;
  private final Javalin javalin;
  private final Lifecycle lifecycle;

  private InsightaServer(Injector injector, Javalin javalin, Lifecycle lifecycle) {
    this.injector = injector;
    this.javalin = javalin;
    this.lifecycle = lifecycle;
  }

  /** Wires everything, applies the seed, and starts listening on the configured port. */
  public static InsightaServer start(Settings settings, Clock clock, Module... overrides) {
    Lifecycle lifecycle = new Lifecycle();
    try {
      Injector injector = createInjector(settings, clock, lifecycle, true, overrides);
      injector.getInstance(Seeder.class).apply(settings.effectiveSeed());
      injector.getInstance(ManagementListener.class).start();
      Javalin javalin = injector.getInstance(Javalin.class).start(settings.port());
      LOG.info("Insighta Labs+ listening on port {}", javalin.port());
      return new InsightaServer(injector, javalin, lifecycle);
    } catch (RuntimeException e) {
      lifecycle.close();
      throw e;
    }
  }

  /** The injector of a server or command; {@code withHttp} adds the HTTP server's bindings. */
  public static Injector createInjector(
      Settings settings, Clock clock, Lifecycle lifecycle, boolean withHttp, Module... overrides) {
    List<Module> modules = new ArrayList<>(Modules.forSettings(settings, clock, lifecycle));
    if (withHttp) {
      modules.add(new io.insighta.bootstrap.modules.HttpModule());
    }
    Module combined = com.google.inject.util.Modules.override(modules).with(overrides);
    return Guice.createInjector(Stage.PRODUCTION, combined);
  }

  public int port() {
    return javalin.port();
  }

  /** The port {@code /metrics} is served on; empty without {@code MANAGEMENT_PORT}. */
  public OptionalInt managementPort() {
    return injector.getInstance(ManagementListener.class).boundPort();
  }

  public Injector injector() {
    return injector;
  }

  @Override
  public void close() {
    LOG.info("stopping");
    javalin.stop();
    lifecycle.close();
  }
}
