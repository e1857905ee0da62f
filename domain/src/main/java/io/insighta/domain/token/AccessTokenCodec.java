package io.insighta.domain.token;

/** Out-port: signs access claims into a token and verifies a presented token back into claims. */
public interface AccessTokenCodec {

  String issue(AccessClaims claims);

  /**
   * @throws InvalidTokenException when the token is malformed, forged, of the wrong kind or expired
   */
  AccessClaims verify(String token);
}
