package io.insighta.adapters.http.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticationFailedException;
import io.insighta.domain.pat.InvalidTokenRequestException;
import io.insighta.domain.query.InvalidQueryException;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.IdentityProviderException.Kind;
import io.javalin.http.HttpResponseException;
import io.javalin.http.InternalServerErrorResponse;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionTranslatorTest {

  private static ApiException translate(Exception e) {
    return ExceptionTranslator.translate(e).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({"REJECTED,400", "UNAVAILABLE,502", "NOT_CONFIGURED,503"})
  void identityProviderFailuresKeepTheirMessage(Kind kind, int status) {
    ApiException error = translate(new IdentityProviderException(kind, "GitHub said no"));

    assertThat(error.status()).isEqualTo(status);
    assertThat(error.getMessage()).isEqualTo("GitHub said no");
  }

  @Test
  void failedAuthenticationIsAGeneric401Challenge() {
    ApiException error = translate(new AuthenticationFailedException("signature mismatch"));

    assertThat(error.status()).isEqualTo(401);
    assertThat(error.getMessage()).isEqualTo("Invalid or expired token");
    assertThat(error.headers()).containsKey("WWW-Authenticate");
  }

  @Test
  void deniedAccessIs403WithItsReason() {
    assertThat(translate(new AccessDeniedException("Account is deactivated")).getMessage())
        .isEqualTo("Account is deactivated");
    assertThat(translate(new AccessDeniedException(" ")).getMessage()).isEqualTo("Forbidden");
  }

  @Test
  void invalidQueryHidesItsDetail() {
    ApiException error = translate(new InvalidQueryException("page must be at least 1"));

    assertThat(error.status()).isEqualTo(422);
    assertThat(error.getMessage()).isEqualTo("Invalid query parameters");
  }

  @Test
  void aTokenRequestWithoutANameIs400AndABadValue422() {
    ApiException missing = translate(InvalidTokenRequestException.missingName());
    ApiException invalid = translate(InvalidTokenRequestException.invalid("366 days"));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.getMessage()).isEqualTo("Missing or empty name");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.getMessage()).isEqualTo("Invalid query parameters");
  }

  @Test
  void javalinResponsesBecomeTheContractMessages() {
    assertThat(translate(new NotFoundResponse("Endpoint GET /x not found")).getMessage())
        .isEqualTo("Not found");
    ApiException notAllowed =
        translate(new MethodNotAllowedResponse("", Map.of("availableMethods", "GET, POST")));
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(notAllowed.headers()).containsEntry("Allow", "GET, POST");
    assertThat(translate(new HttpResponseException(413, "Content Too Large")).getMessage())
        .isEqualTo("Request body too large");
  }

  @Test
  void unexpectedFailuresAreLeftForTheGeneric500() {
    assertThat(ExceptionTranslator.translate(new IllegalStateException("boom"))).isEmpty();
    assertThat(ExceptionTranslator.translate(new InternalServerErrorResponse("detail"))).isEmpty();
  }
}
