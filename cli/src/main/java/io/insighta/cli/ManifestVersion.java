package io.insighta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version printed by {@code insighta --version}: the jar manifest's {@code
 * Implementation-Version}, else (classes run outside the jar) the version Maven wrote at build.
 */
public final class ManifestVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = InsightaCommand.class.getPackage().getImplementationVersion();
    return new String[] {"insighta " + (version != null ? version : buildVersion())};
  }

  private static String buildVersion() {
    try (InputStream in = ManifestVersion.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "(development build)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
