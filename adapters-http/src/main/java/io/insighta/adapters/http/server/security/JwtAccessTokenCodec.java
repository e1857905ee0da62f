package io.insighta.adapters.http.server.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.AccessTokenCodec;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.InvalidTokenException;
import io.insighta.domain.user.UserId;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Access tokens as HS256 JWTs (java-jwt). The verifier pins HS256, requires {@code iss}, {@code
 * aud}, {@code exp}, {@code iat}, {@code sub} and {@code jti}, allows a bounded leeway on the
 * injected clock, and — because java-jwt does not — checks {@code typ: at+jwt} and refuses key
 * references ({@code kid}, {@code jku}, ...) that this server never issues.
 */
public final class JwtAccessTokenCodec implements AccessTokenCodec {
  static final String TYPE = "at+jwt";
  static final String ROLE = "role";
  static final String SESSION = "sid";

  /** Header parameters that point at other keys; a token of ours never has them. */
  private static final List<String> KEY_REFERENCES =
      List.of("kid", "jku", "jwk", "x5u", "x5c", "crit");

  private static final int MAX_TOKEN_LENGTH = 4096;

  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final JwtSettings settings;

  public JwtAccessTokenCodec(JwtSettings settings, Clock clock) {
    this.settings = settings;
    this.algorithm = Algorithm.HMAC256(settings.secret());
    JWTVerifier.BaseVerification verification =
        (JWTVerifier.BaseVerification)
            JWT.require(algorithm)
                .withIssuer(settings.issuer())
                .withAudience(settings.audience())
                .withClaimPresence("exp")
                .withClaimPresence("iat")
                .withClaimPresence("sub")
                .withClaimPresence("jti")
                .withClaimPresence(ROLE)
                .withClaimPresence(SESSION)
                .acceptLeeway(settings.leeway().toSeconds());
    this.verifier = verification.build(clock);
  }

  @Override
  public String issue(AccessClaims claims) {
    return JWT.create()
        .withHeader(Map.of("typ", TYPE))
        .withIssuer(settings.issuer())
        .withAudience(settings.audience())
        .withSubject(claims.userId().toString())
        .withClaim(ROLE, claims.role().code())
        .withClaim(SESSION, claims.sessionId().toString())
        .withJWTId(claims.tokenId())
        .withIssuedAt(Date.from(claims.issuedAt()))
        .withExpiresAt(Date.from(claims.expiresAt()))
        .sign(algorithm);
  }

  @Override
  public AccessClaims verify(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidTokenException("missing or oversized token");
    }
    DecodedJWT jwt;
    try {
      jwt = verifier.verify(token);
    } catch (JWTVerificationException | IllegalArgumentException e) {
      throw new InvalidTokenException("token rejected: " + e.getClass().getSimpleName(), e);
    }
    if (!TYPE.equalsIgnoreCase(jwt.getType())) {
      throw new InvalidTokenException("not an access token (typ)");
    }
    for (String reference : KEY_REFERENCES) {
      if (!jwt.getHeaderClaim(reference).isMissing()) {
        throw new InvalidTokenException("unexpected header parameter " + reference);
      }
    }
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
}
