package io.insighta.bootstrap.bodies;

import java.util.List;
import java.util.Random;

/**
 * The hostile and ordinary values the HTTP fuzz draws path segments, parameters and bodies from.
 */
final class FuzzValues {
  /** Names the fake demographic services know, so a create never reaches a 502 "no prediction". */
  static final List<String> KNOWN_NAMES = List.of("Ella", "Kwame", "Zo\u00eb", "Ngozi");

  static final List<String> SEGMENTS =
      List.of(
          "not-a-uuid",
          "00000000-0000-0000-0000-000000000000",
          "01890a5d-ac96-774b-bcce-b302099a8057",
          "{x}",
          "%7Bid%7D",
          "%C0%AF",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "..",
          "%00",
          "%ZZ",
          "%",
          "%E2%82%AC",
          "%F0%9F%98%80",
          "x;jsessionid=1",
          "me",
          "stats",
          "a".repeat(3000),
          "");

  static final List<String> PARAMETERS =
      List.of(
          "gender",
          "age_group",
          "country_id",
          "min_age",
          "max_age",
          "min_gender_probability",
          "min_country_probability",
          "sort_by",
          "order",
          "page",
          "limit",
          "q",
          "format",
          "client",
          "state",
          "code",
          "code_challenge",
          "code_challenge_method",
          "redirect_uri",
          "error",
          "cursor",
          "role",
          "action",
          "actor_id",
          "since",
          "until",
          "unknown");

  static final List<String> VALUES =
      List.of(
          "",
          "male",
          "FEMALE",
          "adult",
          "ng",
          "KE",
          "1",
          "0",
          "-1",
          "50",
          "51",
          "0.5",
          "1.5",
          "-0.0",
          "1e309",
          "NaN",
          "Infinity",
          "99999999999999999999999",
          "abc",
          "csv",
          "json",
          "session.sign_in",
          "profile.import",
          "2026-04-01T12:00:00Z",
          "2026-04-01T12:00:00%2B01:00",
          "2026-13-45T99:00:00Z",
          "01960000-0000-7000-8000-000000000001",
          "cli",
          "web",
          "test_code",
          "analyst_test_code",
          "age",
          "created_at",
          "asc",
          "DESC",
          "young%20males",
          "women%20from%20nigeria",
          "between%2030%20and%2020",
          "%00",
          "%FF",
          "%C0%AF",
          "%27%20OR%201%3D1--",
          "%3Cscript%3E",
          "a".repeat(2000),
          "%E2%82%AC",
          "%",
          "%ZZ",
          "male,female",
          "http://127.0.0.1:9876/callback",
          "http://evil.example/cb",
          "S256",
          "plain");

  static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json; charset=utf-8",
          "APPLICATION/JSON;charset=\"UTF-8\"",
          "application/json; charset=bogus",
          "application/json; charset=latin-1",
          "application/json; charset=utf-16",
          "application/json; charset=",
          "application/json;;;",
          "text/csv",
          "text/csv; charset=nonsense",
          "text/csv; charset=us-ascii",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=zz",
          "text/plain",
          "*/*",
          "",
          "\u00e9/\u00e8");

  private FuzzValues() {}

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
