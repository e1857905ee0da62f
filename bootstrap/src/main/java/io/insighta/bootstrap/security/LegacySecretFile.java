package io.insighta.bootstrap.security;

import io.insighta.domain.token.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The signing secret servers generated into their data directory before keys lived in the database;
 * read once so the CSRF cookies it signed stay valid after the upgrade.
 */
public final class LegacySecretFile {
  /** Its name inside the data directory. */
  public static final String NAME = "jwt-access-secret";

  private LegacySecretFile() {}

  /** The secret's bytes as they were used (its UTF-8 text); empty without a usable file. */
  public static Optional<byte[]> read(Path dataDir) {
    Path file = dataDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] secret =
          Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
      return secret.length < SigningKey.MIN_SECRET_BYTES ? Optional.empty() : Optional.of(secret);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the signing secret in " + file, e);
    }
  }
}
