package io.insighta.domain.user;

/** How a sign-in may make its user an admin; only the synthetic test admin is promoted later. */
public enum AdminGrant {
  /** A new account is an analyst; an existing one keeps its role. */
  NONE,
  /**
   * A new account is an admin (its GitHub id is on the admin list); an existing one keeps its role.
   */
  ON_CREATION,
  /**
   * A new account is an admin unless another GitHub account was ever seen with its login (the login
   * is on the admin list, and GitHub may give a freed login to someone else).
   */
  ON_CREATION_IF_FIRST_WITH_LOGIN,
  /** Admin, new or existing: the synthetic test admin. */
  ALWAYS;

  /**
   * @param firstWithLogin no other GitHub account was seen with this login before
   */
  public boolean makesNewAccountAdmin(boolean firstWithLogin) {
    return switch (this) {
      case NONE -> false;
      case ON_CREATION, ALWAYS -> true;
      case ON_CREATION_IF_FIRST_WITH_LOGIN -> firstWithLogin;
    };
  }

  public boolean promotesExistingAccount() {
    return this == ALWAYS;
  }
}
