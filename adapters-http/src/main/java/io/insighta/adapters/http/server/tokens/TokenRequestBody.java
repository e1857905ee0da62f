package io.insighta.adapters.http.server.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.application.pat.NewPersonalAccessToken;
import io.insighta.domain.pat.InvalidTokenRequestException;
import io.insighta.domain.pat.TokenLifetime;
import io.insighta.domain.pat.TokenName;
import io.insighta.domain.pat.TokenScope;
import java.util.Optional;

/**
 * Reads a {@code POST /api/tokens} body {@code {"name","scope"?,"expires_in_days"?}}: no name (or a
 * blank one) → 400; any value of the wrong type or outside its range → 422; JSON {@code null} for
 * an optional field means its default.
 */
final class TokenRequestBody {
  private TokenRequestBody() {}

  static NewPersonalAccessToken read(Optional<JsonNode> body) {
    JsonNode node = body.orElse(null);
    if (node == null) {
      throw InvalidTokenRequestException.missingName();
    }
    if (!node.isObject()) {
      throw invalid();
    }
    return new NewPersonalAccessToken(name(node.get("name")), scope(node), lifetime(node));
  }

  private static TokenName name(JsonNode name) {
    if (name == null || name.isNull()) {
      throw InvalidTokenRequestException.missingName();
    }
    if (!name.isTextual()) {
      throw invalid();
    }
    return new TokenName(name.textValue());
  }

  private static TokenScope scope(JsonNode body) {
    JsonNode scope = body.get("scope");
    if (scope == null || scope.isNull()) {
      return TokenScope.DEFAULT;
    }
    if (!scope.isTextual()) {
      throw invalid();
    }
    return TokenScope.parse(scope.textValue()).orElseThrow(TokenRequestBody::invalid);
  }

  private static TokenLifetime lifetime(JsonNode body) {
    JsonNode days = body.get("expires_in_days");
    if (days == null || days.isNull()) {
      return TokenLifetime.DEFAULT;
    }
    if (!days.isIntegralNumber() || !days.canConvertToInt()) {
      throw invalid();
    }
    return new TokenLifetime(days.intValue());
  }

  private static ApiException invalid() {
    return ApiException.unprocessable(ErrorMessages.INVALID_PARAMETERS);
  }
}
