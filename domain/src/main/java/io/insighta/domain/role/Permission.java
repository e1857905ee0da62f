package io.insighta.domain.role;

/** One action a route may require. */
public enum Permission {
  READ_PROFILES,
  CREATE_PROFILES,
  DELETE_PROFILES,
  IMPORT_PROFILES,
  READ_SELF,
  MANAGE_USERS,
  /** Create, list and revoke one's own personal access tokens; never granted to such a token. */
  MANAGE_TOKENS,
  READ_AUDIT
}
