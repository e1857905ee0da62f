package io.insighta.application.user;

/** No user has the given id (HTTP 404). */
public class UserNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserNotFoundException() {
    super("User not found");
  }
}
