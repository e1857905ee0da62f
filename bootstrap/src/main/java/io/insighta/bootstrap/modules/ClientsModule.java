package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.http.client.demographics.DemographicsClientSettings;
import io.insighta.adapters.http.client.demographics.HttpDemographicsProvider;
import io.insighta.adapters.http.client.github.GithubIdentityProvider;
import io.insighta.adapters.http.client.github.GithubSettings;
import io.insighta.bootstrap.config.Settings;
import io.insighta.domain.profile.DemographicsProvider;
import io.insighta.domain.user.IdentityProvider;

/** Binds the outbound HTTP clients: the demographic services and GitHub. */
public final class ClientsModule extends AbstractModule {

  @Provides
  @Singleton
  DemographicsProvider demographics(Settings settings) {
    return new HttpDemographicsProvider(
        new DemographicsClientSettings(
            settings.genderizeUrl(),
            settings.agifyUrl(),
            settings.nationalizeUrl(),
            DemographicsClientSettings.DEFAULT_CONNECT_TIMEOUT,
            DemographicsClientSettings.DEFAULT_REQUEST_TIMEOUT));
  }

  @Provides
  @Singleton
  IdentityProvider identityProvider(Settings settings) {
    return new GithubIdentityProvider(
        new GithubSettings(
            settings.githubClientId().orElse(null),
            settings.githubClientSecret().orElse(null),
            settings.githubOauthUrl(),
            settings.githubApiUrl(),
            GithubSettings.DEFAULT_CONNECT_TIMEOUT,
            GithubSettings.DEFAULT_REQUEST_TIMEOUT,
            GithubSettings.DEFAULT_SCOPE));
  }
}
