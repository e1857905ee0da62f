package io.insighta.adapters.http.server.auth;

/** When session cookies get the {@code Secure} attribute. */
public enum SecureCookiePolicy {
  /** Always: the server is only ever reached over HTTPS. */
  ALWAYS,
  /** Never: plain-HTTP development only. */
  NEVER,
  /** When the request arrived over HTTPS, directly or as told by a trusted proxy. */
  AUTO
}
