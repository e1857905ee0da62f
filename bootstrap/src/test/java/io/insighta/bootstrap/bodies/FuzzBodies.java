package io.insighta.bootstrap.bodies;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Request bodies for the HTTP fuzz: plausible ones for each route and plainly hostile ones. */
final class FuzzBodies {
  private static final List<String> JSON =
      List.of(
          "{\"code\":\"test_code\"}",
          "{\"code\":\"analyst_test_code\"}",
          "{\"code\":\"nope\",\"code_verifier\":\"v\",\"redirect_uri\":\"http://127.0.0.1:9876/callback\"}",
          "{\"code\":123}",
          "{\"refresh_token\":\"x\"}",
          "{\"refreshToken\":[1,2]}",
          "{\"name\":\"\"}",
          "{\"name\":\"   \"}",
          "{\"name\":42}",
          "{\"name\":null}",
          "{\"name\":{\"a\":1}}",
          "{\"name\":\"Ella\",\"name\":\"Kwame\"}",
          "{\"role\":\"analyst\"}",
          "{\"role\":\"root\"}",
          "{\"role\":1,\"is_active\":\"yes\"}",
          "{\"is_active\":true}",
          "{\"profiles\":[{\"name\":\"Fuzz\",\"gender\":\"male\",\"gender_probability\":2,"
              + "\"age\":-1,\"country_id\":\"ZZ\",\"country_probability\":0.5}]}",
          "[{\"name\":[1]},7,null,\"x\"]",
          "{\"profiles\":{}}",
          "[]",
          "{}",
          "null",
          "true",
          "\"text\"",
          "{\"a\":1} trailing",
          "{\"a\":",
          "{'single':'quotes'}",
          "{\"s\":\"\\ud800\"}",
          "{\"n\":1e999999}",
          "{\"n\":" + "9".repeat(5000) + "}",
          "\ufeff{\"code\":\"test_code\"}",
          "[".repeat(3000) + "]".repeat(3000),
          "{\"a\":\"\u0000\"}");

  private static final String HEADER =
      "name,gender,gender_probability,age,country_id,country_probability";

  private static final List<String> CSV =
      List.of(
          csv(HEADER, "Fuzz Csv,female,0.9,30,NG,0.5"),
          csv(HEADER, "\"open,quote,1,2,NG,0.1"),
          csv("name,name,gender", "x,y,z"),
          csv("name", "=cmd|' /C calc'!A0"),
          csv(
              "id,name,gender,gender_probability,age,country_id,country_probability,created_at",
              "bad-id,Fuzz Id,male,0.5,20,KE,0.5,yesterday"),
          csv("", ""),
          csv(",,,,,", ",,,,,,,,,,,,"));

  private FuzzBodies() {}

  static byte[] next(Random random, String contentType) {
    int kind = random.nextInt(10);
    if (kind < 5) {
      return utf8(
          contentType.contains("csv")
              ? FuzzValues.pick(random, CSV)
              : FuzzValues.pick(random, JSON));
    }
    if (kind < 7) {
      return utf8("{\"name\":\"" + FuzzValues.pick(random, FuzzValues.KNOWN_NAMES) + "\"}");
    }
    if (kind < 8) {
      return utf8("code=test_code&state=x");
    }
    byte[] bytes = new byte[random.nextInt(kind == 9 ? 70_000 : 64) + 1];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String csv(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
