package io.insighta.adapters.http.client.github;

import io.insighta.adapters.http.client.HttpCalls;
import io.insighta.adapters.http.client.InvalidReplyException;
import io.insighta.adapters.http.client.JsonReplies;
import io.insighta.adapters.http.client.UrlEncoding;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProviderException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads who owns an access token from GitHub's REST API ({@code /user}, then {@code /user/emails}).
 */
final class GithubUserApi {
  static final String USER_PATH = "/user";
  static final String EMAILS_PATH = "/user/emails";
  static final String API_VERSION = "2022-11-28";
  private static final Logger LOG = LoggerFactory.getLogger(GithubUserApi.class);

  private final GithubSettings settings;
  private final GithubTransport transport;

  GithubUserApi(GithubSettings settings, GithubTransport transport) {
    this.settings = settings;
    this.transport = transport;
  }

  ExternalIdentity identity(GithubAccessToken token) {
    HttpResponse<byte[]> response = transport.send(request(token, USER_PATH), "user lookup");
    int status = response.statusCode();
    if (status == 401) {
      throw GithubTransport.rejected("user lookup", "HTTP 401", "GitHub rejected the access token");
    }
    if (!HttpCalls.isSuccess(status)) {
      throw GithubTransport.unavailable("user lookup", "HTTP " + status, null);
    }
    ExternalIdentity identity;
    try {
      identity = GithubUserReply.read(JsonReplies.parseObject(response.body()));
    } catch (InvalidReplyException e) {
      throw GithubTransport.unavailable("user lookup", e.getMessage(), e);
    }
    if (identity.email() != null) {
      return identity;
    }
    return new ExternalIdentity(
        identity.githubId(), identity.login(), primaryEmail(token), identity.avatarUrl());
  }

  /** The primary verified address, or null: a missing email must not block the sign-in. */
  private String primaryEmail(GithubAccessToken token) {
    try {
      HttpResponse<byte[]> response = transport.send(request(token, EMAILS_PATH), "email lookup");
      if (!HttpCalls.isSuccess(response.statusCode())) {
        LOG.warn(
            "GitHub email lookup answered HTTP {}; continuing without email",
            response.statusCode());
        return null;
      }
      return GithubUserReply.primaryVerifiedEmail(JsonReplies.parse(response.body()));
    } catch (InvalidReplyException e) {
      LOG.warn("GitHub email lookup answered {}; continuing without email", e.getMessage());
      return null;
    } catch (IdentityProviderException e) {
      // The transport has already logged why; the sign-in goes on without an email.
      return null;
    }
  }

  private HttpRequest request(GithubAccessToken token, String path) {
    return transport
        .request(UrlEncoding.resolve(settings.apiBaseUrl(), path))
        .header("Authorization", "Bearer " + token.value())
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", API_VERSION)
        .GET()
        .build();
  }
}
