package io.insighta.bootstrap.command;

import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.logging.ServerLogging;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Starts the HTTP server and keeps it running until the process is told to stop. */
@Command(name = "serve", description = "Serve the API and the portal (the default).")
public final class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    Settings settings = Settings.fromEnvironment(System.getenv());
    InsightaServer server = InsightaServer.start(settings, Clock.systemUTC());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  ServerLogging.stop();
                },
                "shutdown"));
    return 0;
  }
}
