package io.insighta.adapters.http.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.adapters.http.server.GetRoutes;
import io.insighta.adapters.http.server.context.Callers;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.imports.ProfileImportHandler;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.pipeline.RequiredPermission;
import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.application.profile.CreateProfileUseCase;
import io.insighta.application.profile.DeleteProfileUseCase;
import io.insighta.application.profile.GetProfileUseCase;
import io.insighta.application.profile.ProfileStatisticsUseCase;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.SaveOutcome;
import io.insighta.domain.role.Permission;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Optional;

/** The {@code /api/profiles*} route table, each route with the permission it requires. */
public final class ProfileRoutes {

  static final String PROFILE_NOT_FOUND = "Profile not found";

  private final CreateProfileUseCase create;
  private final GetProfileUseCase get;
  private final DeleteProfileUseCase delete;
  private final ProfileStatisticsUseCase statistics;
  private final ProfileListHandlers lists;
  private final Handler export;
  private final Handler importer;
  private final JsonBodyReader bodies;
  private final ClientAddress addresses;

  public ProfileRoutes(
      ProfileUseCases useCases,
      ObjectMapper mapper,
      JsonBodyReader bodies,
      long maxImportBytes,
      ClientAddress addresses,
      Clock clock) {
    this.create = useCases.create();
    this.get = useCases.get();
    this.delete = useCases.delete();
    this.statistics = useCases.statistics();
    this.lists =
        new ProfileListHandlers(useCases.list(), useCases.search(), new PageDataJson(mapper));
    this.export = new ProfileExportHandler(useCases.export(), clock);
    this.importer = new ProfileImportHandler(useCases.importer(), maxImportBytes, addresses);
    this.bodies = bodies;
    this.addresses = addresses;
  }

  public void register(RoutesConfig routes) {
    RouteRole read = RequiredPermission.of(Permission.READ_PROFILES);
    routes.post("/api/profiles", this::create, RequiredPermission.of(Permission.CREATE_PROFILES));
    GetRoutes.register(routes, "/api/profiles", lists::list, read);
    // Fixed paths first: the router takes the first match, and {id} would match them too.
    GetRoutes.register(routes, "/api/profiles/search", lists::search, read);
    GetRoutes.register(routes, "/api/profiles/export", export, read);
    GetRoutes.register(routes, "/api/profiles/stats", this::stats, read);
    routes.post(
        "/api/profiles/import", importer, RequiredPermission.of(Permission.IMPORT_PROFILES));
    GetRoutes.register(routes, "/api/profiles/{id}", this::get, read);
    routes.delete(
        "/api/profiles/{id}", this::delete, RequiredPermission.of(Permission.DELETE_PROFILES));
  }

  private void create(Context ctx) {
    JsonNode name = bodies.read(ctx).map(ProfileRoutes::nameField).orElse(null);
    if (name == null || name.isNull()) {
      throw ApiException.badRequest("Missing or empty name");
    }
    if (!name.isTextual()) {
      throw ApiException.unprocessable(ErrorMessages.INVALID_TYPE);
    }
    SaveOutcome outcome = create.create(name.textValue(), Callers.of(ctx, addresses));
    ProfileResponse profile = ProfileMapper.toResponse(outcome.profile());
    if (outcome.created()) {
      ctx.status(201).header("Location", "/api/profiles/" + profile.id());
      ctx.json(DataEnvelope.of(profile));
    } else {
      ctx.status(200).json(DataEnvelope.of("Profile already exists", profile));
    }
  }

  private static JsonNode nameField(JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.unprocessable(ErrorMessages.INVALID_TYPE);
    }
    return body.get("name");
  }

  private void get(Context ctx) {
    Optional<Profile> profile = get.get(ctx.pathParam("id"), !FreshRead.requested(ctx));
    ctx.json(
        DataEnvelope.of(
            ProfileMapper.toResponse(
                profile.orElseThrow(() -> ApiException.notFound(PROFILE_NOT_FOUND)))));
  }

  private void delete(Context ctx) {
    if (!delete.delete(ctx.pathParam("id"), Callers.of(ctx, addresses))) {
      throw ApiException.notFound(PROFILE_NOT_FOUND);
    }
    ctx.status(204);
  }

  private void stats(Context ctx) {
    ctx.json(DataEnvelope.of(StatisticsResponse.of(statistics.statistics())));
  }
}
