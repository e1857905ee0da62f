package io.insighta.adapters.http.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import io.insighta.application.contract.MutableClock;
import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.InvalidTokenException;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtAccessTokenCodecTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final String OUR_KID =
      SigningKey.derivedKid(SECRET.getBytes(StandardCharsets.UTF_8));

  private final MutableClock clock = new MutableClock(NOW);
  private final JwtAccessTokenCodec codec =
      new JwtAccessTokenCodec(JwtSettings.withSecret(SECRET), clock);
  private final Algorithm ourKey = Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8));
  private final AccessClaims claims =
      new AccessClaims(
          UserId.generate(clock),
          Role.ANALYST,
          FamilyId.random(),
          UUID.randomUUID().toString(),
          NOW,
          NOW.plus(Duration.ofMinutes(3)));

  /** A token exactly like ours, to be altered by each test. */
  private JWTCreator.Builder like() {
    return JWT.create()
        .withHeader(Map.of("typ", "at+jwt"))
        .withKeyId(OUR_KID)
        .withIssuer(JwtSettings.DEFAULT_ISSUER)
        .withAudience(JwtSettings.DEFAULT_AUDIENCE)
        .withSubject(claims.userId().toString())
        .withClaim("role", "analyst")
        .withClaim("sid", claims.sessionId().toString())
        .withJWTId("jti-1")
        .withIssuedAt(Date.from(NOW))
        .withExpiresAt(Date.from(NOW.plusSeconds(180)));
  }

  private void assertRejected(String token) {
    assertThatThrownBy(() -> codec.verify(token)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void issuedTokenVerifiesToTheSameClaims() {
    AccessClaims verified = codec.verify(codec.issue(claims));

    assertThat(verified).isEqualTo(claims);
    assertThat(like().sign(ourKey)).satisfies(token -> assertThat(codec.verify(token)).isNotNull());
  }

  @Test
  void headerNamesTheAccessTokenTypeAndTheKey() {
    String header = codec.issue(claims).split("\\.")[0];

    assertThat(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8))
        .contains("\"typ\":\"at+jwt\"")
        .contains("\"alg\":\"HS256\"")
        .contains("\"kid\":\"" + OUR_KID + "\"");
  }

  @Test
  void theKidOfAConfiguredSecretIsStableAndRevealsNoSecret() {
    JwtAccessTokenCodec other = new JwtAccessTokenCodec(JwtSettings.withSecret(SECRET), clock);

    assertThat(JWT.decode(other.issue(claims)).getKeyId())
        .isEqualTo(JWT.decode(codec.issue(claims)).getKeyId())
        .isEqualTo(OUR_KID)
        .doesNotContain(SECRET);
    assertThat(
            SigningKey.derivedKid(
                "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(OUR_KID);
  }

  @Test
  void aTokenWithoutKidOrWithAnUnknownKidIsRejectedEvenWhenSignedWithOurKey() {
    String noKid =
        JWT.create()
            .withHeader(Map.of("typ", "at+jwt"))
            .withIssuer(JwtSettings.DEFAULT_ISSUER)
            .withAudience(JwtSettings.DEFAULT_AUDIENCE)
            .withSubject(claims.userId().toString())
            .withClaim("role", "analyst")
            .withClaim("sid", claims.sessionId().toString())
            .withJWTId("jti-1")
            .withIssuedAt(Date.from(NOW))
            .withExpiresAt(Date.from(NOW.plusSeconds(180)))
            .sign(ourKey);

    assertRejected(noKid);
    assertRejected(like().withKeyId("s-0000000000000000").sign(ourKey));
    assertRejected(like().withKeyId("../../etc/passwd").sign(ourKey));
    assertRejected(like().withHeader(Map.of("kid", 7)).sign(ourKey));
  }

  @Test
  void algorithmConfusionIsRejectedWhenTheTokenNamesOurKid() {
    String[] parts = codec.issue(claims).split("\\.");
    String none =
        B64.encodeToString(
            ("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + OUR_KID + "\"}")
                .getBytes(StandardCharsets.UTF_8));

    assertRejected(none + "." + parts[1] + ".");
    assertRejected(like().sign(Algorithm.HMAC512(SECRET.getBytes(StandardCharsets.UTF_8))));
    assertRejected(like().sign(Algorithm.HMAC384(SECRET.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void algNoneIsRejected() {
    String[] parts = codec.issue(claims).split("\\.");
    String header =
        B64.encodeToString(
            "{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));

    assertRejected(header + "." + parts[1] + ".");
    assertRejected(like().sign(Algorithm.none()));
  }

  @Test
  void otherAlgorithmsAreRejected() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    var pair = generator.generateKeyPair();

    assertRejected(like().sign(Algorithm.HMAC512(SECRET.getBytes(StandardCharsets.UTF_8))));
    assertRejected(
        like()
            .sign(
                Algorithm.RSA256(
                    (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate())));
  }

  @Test
  void keyReferencesInTheHeaderAreRejectedEvenWhenSignedWithOurKey() {
    assertRejected(like().withKeyId("attacker-key").sign(ourKey));
    assertRejected(
        like()
            .withHeader(Map.of("typ", "at+jwt", "jku", "https://evil.example/jwks.json"))
            .sign(ourKey));
    assertRejected(like().withHeader(Map.of("x5u", "https://evil.example/cert.pem")).sign(ourKey));
    assertRejected(like().withHeader(Map.of("jwk", Map.of("kty", "oct"))).sign(ourKey));
  }

  @Test
  void anotherKeyIsRejected() {
    assertRejected(like().sign(Algorithm.HMAC256("another-secret-of-at-least-32-bytes!!")));
    assertRejected(like().sign(Algorithm.HMAC256("insighta csrf-token key v1 derived..")));
  }

  @Test
  void tamperedPayloadIsRejected() {
    String[] parts = codec.issue(claims).split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String promoted =
        B64.encodeToString(payload.replace("analyst", "admin").getBytes(StandardCharsets.UTF_8));

    assertRejected(parts[0] + "." + promoted + "." + parts[2]);
  }

  @Test
  void missingExpiryIsRejected() {
    String noExp =
        JWT.create()
            .withHeader(Map.of("typ", "at+jwt"))
            .withIssuer(JwtSettings.DEFAULT_ISSUER)
            .withAudience(JwtSettings.DEFAULT_AUDIENCE)
            .withSubject(claims.userId().toString())
            .withClaim("role", "analyst")
            .withClaim("sid", claims.sessionId().toString())
            .withJWTId("jti-1")
            .withIssuedAt(Date.from(NOW))
            .sign(ourKey);

    assertRejected(noExp);
  }

  @Test
  void wrongIssuerAudienceOrTypeIsRejected() {
    assertRejected(like().withIssuer("someone-else").sign(ourKey));
    assertRejected(like().withAudience("another-api").sign(ourKey));
    assertRejected(like().withHeader(Map.of("typ", "JWT")).sign(ourKey));
    assertRejected(like().withHeader(Map.of("typ", "rt+jwt")).sign(ourKey));
  }

  @Test
  void badClaimValuesAreRejected() {
    assertRejected(like().withSubject("not-a-uuid").sign(ourKey));
    assertRejected(like().withClaim("role", "root").sign(ourKey));
    assertRejected(like().withClaim("sid", 7).sign(ourKey));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "a.b",
        "a.b.c.d",
        "a.b.c",
        "!!!.???.***",
        "eyJhbGciOiJIUzI1NiJ9.e30"
      })
  void garbageIsRejected(String token) {
    assertRejected(token);
  }

  @Test
  void oversizedAndNullTokensAreRejected() {
    assertRejected(null);
    assertRejected("a".repeat(5000));
  }
}
