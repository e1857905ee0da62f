package io.insighta.adapters.http.server.auth;

import io.insighta.application.auth.AuthenticateUseCase;
import io.insighta.application.auth.BeginCliLoginUseCase;
import io.insighta.application.auth.BeginWebLoginUseCase;
import io.insighta.application.auth.CompleteCliLoginUseCase;
import io.insighta.application.auth.CompleteWebLoginUseCase;
import io.insighta.application.auth.LogoutUseCase;
import io.insighta.application.auth.LookupSessionUseCase;
import io.insighta.application.auth.RefreshSessionUseCase;
import io.insighta.application.auth.TestLoginUseCase;
import io.insighta.application.user.ListUsersUseCase;
import io.insighta.application.user.UpdateUserUseCase;
import java.util.Objects;

/** Every use case the auth and user endpoints call, built by bootstrap. */
public record AuthUseCases(
    BeginWebLoginUseCase beginWeb,
    CompleteWebLoginUseCase completeWeb,
    BeginCliLoginUseCase beginCli,
    CompleteCliLoginUseCase completeCli,
    RefreshSessionUseCase refresh,
    LogoutUseCase logout,
    LookupSessionUseCase lookupSession,
    AuthenticateUseCase authenticate,
    TestLoginUseCase testLogin,
    ListUsersUseCase listUsers,
    UpdateUserUseCase updateUser) {

  public AuthUseCases {
    Objects.requireNonNull(beginWeb, "beginWeb");
    Objects.requireNonNull(completeWeb, "completeWeb");
    Objects.requireNonNull(beginCli, "beginCli");
    Objects.requireNonNull(completeCli, "completeCli");
    Objects.requireNonNull(refresh, "refresh");
    Objects.requireNonNull(logout, "logout");
    Objects.requireNonNull(lookupSession, "lookupSession");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(testLogin, "testLogin");
    Objects.requireNonNull(listUsers, "listUsers");
    Objects.requireNonNull(updateUser, "updateUser");
  }
}
