package io.insighta.adapters.http.server.tokens;

import io.insighta.adapters.http.server.profile.ProfileMapper;
import io.insighta.application.pat.IssuedPersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessToken;
import java.time.Instant;

/** Maps the domain's personal access tokens to their two wire forms. */
final class TokenMapper {
  private TokenMapper() {}

  static TokenResponse toResponse(PersonalAccessToken token) {
    return new TokenResponse(
        token.id().toString(),
        token.name().value(),
        token.scope().code(),
        timestamp(token.createdAt()),
        timestamp(token.expiresAt()),
        timestamp(token.lastUsedAt()));
  }

  static IssuedTokenResponse toResponse(IssuedPersonalAccessToken issued) {
    PersonalAccessToken token = issued.token();
    return new IssuedTokenResponse(
        token.id().toString(),
        token.name().value(),
        token.scope().code(),
        issued.secret().value(),
        timestamp(token.createdAt()),
        timestamp(token.expiresAt()),
        timestamp(token.lastUsedAt()));
  }

  private static String timestamp(Instant instant) {
    return instant == null ? null : ProfileMapper.timestamp(instant);
  }
}
