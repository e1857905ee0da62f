package io.insighta.adapters.http.server.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.UserUpdate;
import java.util.Optional;

/**
 * Reads a {@code PATCH /api/users/{id}} body: {@code role} ("analyst" or "admin") and/or {@code
 * is_active} (a boolean). Nothing to change → 400; a wrong type or unknown role → 422.
 */
final class UserPatch {
  static final String NOTHING = "Missing or empty parameter: send role and/or is_active";

  private UserPatch() {}

  static UserUpdate read(Optional<JsonNode> body) {
    JsonNode node = body.orElse(null);
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest(NOTHING);
    }
    JsonNode role = node.get("role");
    JsonNode active = node.get("is_active");
    boolean hasRole = role != null && !role.isNull();
    boolean hasActive = active != null && !active.isNull();
    if (!hasRole && !hasActive) {
      throw ApiException.badRequest(NOTHING);
    }
    if ((hasRole && !role.isTextual()) || (hasActive && !active.isBoolean())) {
      throw ApiException.unprocessable(ErrorMessages.INVALID_TYPE);
    }
    Role newRole = null;
    if (hasRole) {
      newRole =
          Role.parse(role.textValue().strip())
              .orElseThrow(() -> ApiException.unprocessable("Invalid role: use analyst or admin"));
    }
    return new UserUpdate(newRole, hasActive ? active.booleanValue() : null);
  }
}
