package io.insighta.application.audit;

import io.insighta.domain.audit.AuditEntry;

/**
 * Where a request came from, as the audit trail records it: the client's address (as the rate
 * limiter tells it, trusted proxies considered) and the request id; both null when the action did
 * not come over HTTP.
 */
public record RequestOrigin(String ip, String requestId) {
  public static final RequestOrigin NONE = new RequestOrigin(null, null);

  public RequestOrigin {
    // Both come from the network; an overlong one is cut rather than failing the action.
    ip = bounded(ip);
    requestId = bounded(requestId);
  }

  private static String bounded(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.length() > AuditEntry.MAX_ORIGIN_LENGTH
        ? value.substring(0, AuditEntry.MAX_ORIGIN_LENGTH)
        : value;
  }
}
