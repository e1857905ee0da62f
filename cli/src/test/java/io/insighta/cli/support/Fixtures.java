package io.insighta.cli.support;

/** Canned API bodies, shaped exactly as API.md describes them. */
public final class Fixtures {
  public static final String ELLA_ID = "0195f3a1-7c2e-7b3a-9d4e-1f2a3b4c5d6e";
  public static final String ELLA =
      "{\"id\":\""
          + ELLA_ID
          + "\",\"name\":\"ella\",\"gender\":\"female\",\"gender_probability\":0.99,"
          + "\"age\":46,\"age_group\":\"adult\",\"country_id\":\"DK\","
          + "\"country_name\":\"Denmark\",\"country_probability\":0.85,"
          + "\"created_at\":\"2026-04-01T12:00:00Z\"}";
  public static final String EMMANUEL =
      "{\"id\":\"0195f3a1-7c2e-7b3a-9d4e-000000000002\",\"name\":\"Emmanuel\","
          + "\"gender\":\"male\",\"gender_probability\":0.97,\"age\":17,"
          + "\"age_group\":\"teenager\",\"country_id\":\"NG\",\"country_name\":\"Nigeria\","
          + "\"country_probability\":0.6,\"created_at\":\"2026-04-01T12:05:00Z\"}";

  public static final String PAT = "insighta_pat_" + "A".repeat(40) + "b_-";
  public static final String TOKEN_ID = "0195f3a1-aaaa-7bbb-8ccc-000000000010";
  public static final String ADMIN_ID = "0195f3a1-0000-7000-8000-000000000001";

  private Fixtures() {}

  /** A token as {@code GET /api/tokens} lists it: no secret. */
  public static String token(String id, String name, String scope, String lastUsedAt) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"scope\":\""
        + scope
        + "\",\"created_at\":\"2026-04-01T12:00:00Z\",\"expires_at\":\"2026-05-01T12:00:00Z\","
        + "\"last_used_at\":"
        + (lastUsedAt == null ? "null" : "\"" + lastUsedAt + "\"")
        + "}";
  }

  /** The data object of {@code POST /api/tokens}: the token with its secret. */
  public static String createdToken() {
    return "{\"id\":\""
        + TOKEN_ID
        + "\",\"name\":\"ci-nightly\",\"scope\":\"write\",\"token\":\""
        + PAT
        + "\",\"created_at\":\"2026-04-01T12:00:00Z\",\"expires_at\":\"2026-06-30T12:00:00Z\","
        + "\"last_used_at\":null}";
  }

  /** An audit entry as {@code GET /api/audit} lists it. */
  public static String auditEntry(String at, String action, String targetType, String targetId) {
    return "{\"id\":\"0195f3a1-eeee-7000-8000-000000000001\",\"at\":\""
        + at
        + "\",\"action\":\""
        + action
        + "\",\"actor_id\":\""
        + ADMIN_ID
        + "\",\"actor_username\":\"octocat\",\"target_type\":"
        + (targetType == null ? "null" : "\"" + targetType + "\"")
        + ",\"target_id\":"
        + (targetId == null ? "null" : "\"" + targetId + "\"")
        + ",\"ip\":\"203.0.113.7\",\"request_id\":\"req-1\",\"details\":{}}";
  }

  public static String auditPage(String... entries) {
    return "{\"status\":\"success\",\"page\":2,\"limit\":2,\"total\":5,\"total_pages\":3,"
        + "\"links\":{\"self\":\"/api/audit?page=2&limit=2\","
        + "\"next\":\"/api/audit?page=3&limit=2\",\"prev\":\"/api/audit?page=1&limit=2\"},"
        + "\"data\":["
        + String.join(",", entries)
        + "]}";
  }

  public static String page(String... profiles) {
    return "{\"status\":\"success\",\"page\":1,\"limit\":10,\"total\":2026,\"total_pages\":203,"
        + "\"links\":{\"self\":\"/api/profiles?page=1&limit=10\","
        + "\"next\":\"/api/profiles?page=2&limit=10\",\"prev\":null},"
        + "\"data\":["
        + String.join(",", profiles)
        + "]}";
  }

  public static String emptyPage() {
    return "{\"status\":\"success\",\"page\":1,\"limit\":10,\"total\":0,\"total_pages\":0,"
        + "\"links\":{\"self\":\"/api/profiles?page=1&limit=10\",\"next\":null,\"prev\":null},"
        + "\"data\":[]}";
  }

  public static String single(String profile) {
    return "{\"status\":\"success\",\"data\":" + profile + "}";
  }

  public static String user(String username, String role) {
    return "{\"id\":\"0195f3a1-0000-7000-8000-000000000001\",\"github_id\":583231,"
        + "\"username\":\""
        + username
        + "\",\"email\":\"octo@example.com\",\"avatar_url\":\"https://a.example/1.png\","
        + "\"role\":\""
        + role
        + "\",\"is_active\":true,\"last_login_at\":\"2026-04-01T11:59:00Z\","
        + "\"created_at\":\"2026-01-01T00:00:00Z\"}";
  }

  public static String tokens(String access, String refresh) {
    return "{\"status\":\"success\",\"access_token\":\""
        + access
        + "\",\"refresh_token\":\""
        + refresh
        + "\",\"token_type\":\"Bearer\",\"expires_in\":180,\"user\":"
        + user("octocat", "admin")
        + "}";
  }

  public static String me() {
    String user = user("octocat", "admin");
    return "{\"status\":\"success\",\"data\":" + user + ",\"user\":" + user + "}";
  }
}
