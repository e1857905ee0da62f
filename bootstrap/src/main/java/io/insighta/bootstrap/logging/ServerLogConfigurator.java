package io.insighta.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's entry point (found through {@code META-INF/services}): configures the server's logging
 * from {@code LOG_FORMAT} before the first line is logged, so no line ever comes out in another
 * format.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ServerLogConfigurator extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    ServerLogging.configure(context, LogFormat.fromEnvironment(System.getenv(LogFormat.VARIABLE)));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
