package io.insighta.adapters.http.server.error;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.insighta.application.StorageUnavailableException;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticationFailedException;
import io.insighta.domain.pat.InvalidTokenRequestException;
import io.insighta.domain.profile.DemographicsUnavailableException;
import io.insighta.domain.profile.InvalidProfileNameException;
import io.insighta.domain.query.InvalidQueryException;
import io.insighta.domain.query.QueryNotUnderstoodException;
import io.insighta.domain.user.IdentityProviderException;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the status, message and headers for any exception; empty means "unexpected", which the
 * caller answers with a generic 500.
 */
final class ExceptionTranslator {

  static final String RETRY_AFTER_SECONDS = "5";

  private ExceptionTranslator() {}

  static Optional<ApiException> translate(Exception e) {
    if (e instanceof ApiException api) {
      return Optional.of(api);
    }
    if (e instanceof HttpResponseException http) {
      return fromJavalin(http);
    }
    if (e instanceof BodyReadException) {
      return Optional.of(ApiException.badRequest(ErrorMessages.INVALID_BODY));
    }
    return Optional.ofNullable(fromApplication(e));
  }

  private static ApiException fromApplication(Exception e) {
    if (e instanceof InvalidProfileNameException name) {
      return name.isEmptyName()
          ? ApiException.badRequest("Missing or empty name")
          : ApiException.unprocessable(name.getMessage());
    }
    if (e instanceof DemographicsUnavailableException demographics) {
      return new ApiException(
          502, demographics.source().displayName() + " returned an invalid response");
    }
    if (e instanceof InvalidTokenRequestException token) {
      return token.isMissingName()
          ? ApiException.badRequest(token.getMessage())
          : ApiException.unprocessable(ErrorMessages.INVALID_PARAMETERS);
    }
    if (e instanceof InvalidQueryException) {
      return ApiException.unprocessable(ErrorMessages.INVALID_PARAMETERS);
    }
    if (e instanceof QueryNotUnderstoodException) {
      return ApiException.badRequest("Unable to interpret query");
    }
    if (e instanceof StorageUnavailableException) {
      return new ApiException(
          503, "Service temporarily unavailable", Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
    if (e instanceof IdentityProviderException identity) {
      return fromIdentityProvider(identity);
    }
    if (e instanceof AuthenticationFailedException) {
      return ApiException.unauthorized(
          ErrorMessages.INVALID_TOKEN, "Bearer error=\"invalid_token\"");
    }
    if (e instanceof AccessDeniedException denied) {
      String message = denied.getMessage();
      return ApiException.forbidden(
          message == null || message.isBlank() ? ErrorMessages.FORBIDDEN : message);
    }
    if (e instanceof StreamReadException || e instanceof MismatchedInputException) {
      return ApiException.badRequest(ErrorMessages.INVALID_JSON);
    }
    return null;
  }

  private static ApiException fromIdentityProvider(IdentityProviderException e) {
    int status =
        switch (e.kind()) {
          case REJECTED -> 400;
          case UNAVAILABLE -> 502;
          case NOT_CONFIGURED -> 503;
        };
    return new ApiException(status, e.getMessage());
  }

  private static Optional<ApiException> fromJavalin(HttpResponseException e) {
    int status = e.getStatus();
    if (status >= 500 || status < 400) {
      return Optional.empty();
    }
    String message =
        switch (status) {
          case 400 -> "Bad request";
          case 401 -> ErrorMessages.AUTHENTICATION_REQUIRED;
          case 403 -> ErrorMessages.FORBIDDEN;
          case 404 -> ErrorMessages.NOT_FOUND;
          case 405 -> ErrorMessages.METHOD_NOT_ALLOWED;
          case 413 -> ErrorMessages.BODY_TOO_LARGE;
          case 415 -> ErrorMessages.UNSUPPORTED_MEDIA_TYPE;
          default -> HttpStatus.forStatus(status).getMessage();
        };
    Map<String, String> headers = Map.of();
    if (e instanceof MethodNotAllowedResponse) {
      String allowed = e.getDetails().get("availableMethods");
      if (allowed != null) {
        headers = Map.of("Allow", allowed);
      }
    }
    return Optional.of(new ApiException(status, message, headers));
  }
}
