package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.application.signing.ConfiguredAccessTokenKeys;
import io.insighta.application.signing.RotateSigningKeyService;
import io.insighta.application.signing.RotateSigningKeyUseCase;
import io.insighta.application.signing.SharedAccessTokenKeys;
import io.insighta.application.signing.SigningKeyTiming;
import io.insighta.application.signing.StoredCsrfKey;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.security.LegacySecretFile;
import io.insighta.domain.token.AccessTokenKeys;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyStore;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the HMAC keys come from: a configured {@code JWT_ACCESS_SECRET} when there is one (it
 * wins), otherwise keys kept in PostgreSQL and shared by every instance on that database.
 */
public final class SigningKeysModule extends AbstractModule {
  private static final Logger LOG = LoggerFactory.getLogger(SigningKeysModule.class);

  @Provides
  @Singleton
  SigningKeyTiming signingKeyTiming(Settings settings) {
    return SigningKeyTiming.forAccessTokenTtl(settings.accessTokenTtl());
  }

  @Provides
  @Singleton
  AccessTokenKeys accessTokenKeys(
      Settings settings,
      SigningKeyStore store,
      SigningKeyTiming timing,
      Clock clock,
      SecureRandom random) {
    Optional<byte[]> configured = configuredSecret(settings);
    if (configured.isPresent()) {
      ConfiguredAccessTokenKeys keys = new ConfiguredAccessTokenKeys(configured.get());
      LOG.info(
          "access tokens: signed with the configured JWT_ACCESS_SECRET (kid={})",
          keys.signingKey().kid());
      return keys;
    }
    SharedAccessTokenKeys keys =
        SharedAccessTokenKeys.open(
            store,
            timing,
            clock,
            random,
            e -> LOG.warn("could not re-read the signing keys, still using those known: {}", e));
    SigningKey signing = keys.signingKey();
    LOG.info(
        "access tokens: signed with the database key kid={} (generation {}; {} in the key set,"
            + " re-read every {}s)",
        signing.kid(),
        signing.generation(),
        keys.ring().keys().size(),
        timing.reloadEvery().toSeconds());
    return keys;
  }

  /** The CSRF key is derived from this secret (never equal to it). */
  @Provides
  @Singleton
  @Named("csrfSecret")
  byte[] csrfSecret(Settings settings, SigningKeyStore store, Clock clock, SecureRandom random) {
    Optional<byte[]> configured = configuredSecret(settings);
    if (configured.isPresent()) {
      return configured.get();
    }
    Optional<byte[]> legacy = LegacySecretFile.read(settings.dataDir());
    return StoredCsrfKey.ensure(store, legacy, clock, random).secret();
  }

  @Provides
  @Singleton
  RotateSigningKeyUseCase rotateSigningKey(
      SigningKeyStore store, SigningKeyTiming timing, Clock clock, SecureRandom random) {
    return new RotateSigningKeyService(store, timing, clock, random);
  }

  private static Optional<byte[]> configuredSecret(Settings settings) {
    return settings.jwtAccessSecret().map(secret -> secret.getBytes(StandardCharsets.UTF_8));
  }
}
