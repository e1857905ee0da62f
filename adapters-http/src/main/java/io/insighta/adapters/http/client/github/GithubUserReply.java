package io.insighta.adapters.http.client.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.InvalidReplyException;
import io.insighta.adapters.http.client.JsonReplies;
import io.insighta.domain.user.ExternalIdentity;

/** Maps GitHub's user and email JSON onto the domain's {@link ExternalIdentity}. */
final class GithubUserReply {
  private GithubUserReply() {}

  static ExternalIdentity read(JsonNode user) {
    long id = JsonReplies.requiredInteger(user, "id");
    String login = JsonReplies.requiredText(user, "login");
    if (id <= 0) {
      throw new InvalidReplyException("id is not positive");
    }
    if (login.isBlank()) {
      throw new InvalidReplyException("login is blank");
    }
    String email = JsonReplies.optionalText(user, "email");
    String avatarUrl = JsonReplies.optionalText(user, "avatar_url");
    return new ExternalIdentity(
        id, login, email == null || email.isBlank() ? null : email, avatarUrl);
  }

  /** The address marked both primary and verified in {@code [{"email","primary","verified"}]}. */
  static String primaryVerifiedEmail(JsonNode emails) {
    if (!emails.isArray()) {
      throw new InvalidReplyException("emails reply is not an array");
    }
    for (JsonNode entry : emails) {
      if (entry.isObject()
          && JsonReplies.flag(entry, "primary")
          && JsonReplies.flag(entry, "verified")) {
        String email = JsonReplies.optionalText(entry, "email");
        if (email != null && !email.isBlank()) {
          return email;
        }
      }
    }
    return null;
  }
}
