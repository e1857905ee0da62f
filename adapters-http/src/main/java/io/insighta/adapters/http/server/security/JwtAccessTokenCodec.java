package io.insighta.adapters.http.server.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.insighta.application.signing.ConfiguredAccessTokenKeys;
import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.AccessTokenCodec;
import io.insighta.domain.token.AccessTokenKeys;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.InvalidTokenException;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens as HS256 JWTs (java-jwt) naming their key in {@code kid}. The kid is looked up only
 * in our own {@link AccessTokenKeys}; headers pointing at keys elsewhere ({@code jku}, {@code x5u},
 * ...) are refused. The verifier pins HS256, requires {@code iss}, {@code aud}, {@code exp}, {@code
 * iat}, {@code sub} and {@code jti}, allows a bounded leeway on the injected clock, and — because
 * java-jwt does not — checks {@code typ: at+jwt}. A token verified a moment ago is not verified
 * again while its key is still trusted ({@link RecentlyVerifiedTokens}).
 */
public final class JwtAccessTokenCodec implements AccessTokenCodec {
  static final String TYPE = "at+jwt";
  static final String ROLE = "role";
  static final String SESSION = "sid";
  static final String ALGORITHM = "HS256";

  /** Header parameters that point at keys outside our key set; a token of ours never has them. */
  private static final List<String> FOREIGN_KEY_REFERENCES =
      List.of("jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256", "crit");

  private static final int MAX_TOKEN_LENGTH = 4096;

  private final AccessTokenKeys keys;
  private final JwtRules rules;
  private final Clock clock;
  private final Map<SigningKey, Algorithm> algorithms = new ConcurrentHashMap<>();
  private final Map<SigningKey, JWTVerifier> verifiers = new ConcurrentHashMap<>();
  private final RecentlyVerifiedTokens recent = new RecentlyVerifiedTokens();

  /** One fixed key: the settings' secret, named by its derived kid. */
  public JwtAccessTokenCodec(JwtSettings settings, Clock clock) {
    this(new ConfiguredAccessTokenKeys(settings.secret()), settings.rules(), clock);
  }

  public JwtAccessTokenCodec(AccessTokenKeys keys, JwtRules rules, Clock clock) {
    this.keys = keys;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public String issue(AccessClaims claims) {
    SigningKey key = keys.signingKey();
    return JWT.create()
        .withHeader(Map.of("typ", TYPE))
        .withKeyId(key.kid())
        .withIssuer(rules.issuer())
        .withAudience(rules.audience())
        .withSubject(claims.userId().toString())
        .withClaim(ROLE, claims.role().code())
        .withClaim(SESSION, claims.sessionId().toString())
        .withJWTId(claims.tokenId())
        .withIssuedAt(Date.from(claims.issuedAt()))
        .withExpiresAt(Date.from(claims.expiresAt()))
        .sign(algorithm(key));
  }

  @Override
  public AccessClaims verify(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidTokenException("missing or oversized token");
    }
    Instant now = clock.instant();
    Optional<AccessClaims> recentlyVerified = recent.find(token, now, keys::verificationKey);
    if (recentlyVerified.isPresent()) {
      return recentlyVerified.get();
    }
    DecodedJWT jwt;
    SigningKey key;
    try {
      DecodedJWT unverified = JWT.decode(token);
      key = keyNamedBy(unverified);
      jwt = verifier(key).verify(unverified);
    } catch (JWTVerificationException | IllegalArgumentException e) {
      throw new InvalidTokenException("token rejected: " + e.getClass().getSimpleName(), e);
    }
    AccessClaims claims = claimsOf(jwt);
    recent.remember(token, claims, key, now);
    return claims;
  }

  private static AccessClaims claimsOf(DecodedJWT jwt) {
    try {
      return new AccessClaims(
          UserId.parse(jwt.getSubject()).orElseThrow(() -> new InvalidTokenException("bad sub")),
          Role.parse(jwt.getClaim(ROLE).asString())
              .orElseThrow(() -> new InvalidTokenException("bad role")),
          FamilyId.parse(jwt.getClaim(SESSION).asString())
              .orElseThrow(() -> new InvalidTokenException("bad sid")),
          jwt.getId(),
          jwt.getIssuedAtAsInstant(),
          jwt.getExpiresAtAsInstant());
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("inconsistent claims", e);
    }
  }

  /** Checks the header before any key lookup, so only plausible tokens of ours reach the keys. */
  private SigningKey keyNamedBy(DecodedJWT unverified) {
    if (!ALGORITHM.equals(unverified.getAlgorithm())) {
      throw new InvalidTokenException("not " + ALGORITHM);
    }
    if (!TYPE.equalsIgnoreCase(unverified.getType())) {
      throw new InvalidTokenException("not an access token (typ)");
    }
    for (String reference : FOREIGN_KEY_REFERENCES) {
      if (!unverified.getHeaderClaim(reference).isMissing()) {
        throw new InvalidTokenException("unexpected header parameter " + reference);
      }
    }
    String kid = unverified.getHeaderClaim("kid").asString();
    if (kid == null) {
      throw new InvalidTokenException("no kid");
    }
    return keys.verificationKey(kid)
        .orElseThrow(() -> new InvalidTokenException("unknown or retired kid"));
  }

  private Algorithm algorithm(SigningKey key) {
    return algorithms.computeIfAbsent(key, k -> Algorithm.HMAC256(k.secret()));
  }

  private JWTVerifier verifier(SigningKey key) {
    return verifiers.computeIfAbsent(
        key,
        k ->
            ((JWTVerifier.BaseVerification)
                    JWT.require(algorithm(k))
                        .withIssuer(rules.issuer())
                        .withAudience(rules.audience())
                        .withClaimPresence("exp")
                        .withClaimPresence("iat")
                        .withClaimPresence("sub")
                        .withClaimPresence("jti")
                        .withClaimPresence(ROLE)
                        .withClaimPresence(SESSION)
                        .acceptLeeway(rules.leeway().toSeconds()))
                .build(clock));
  }
}
