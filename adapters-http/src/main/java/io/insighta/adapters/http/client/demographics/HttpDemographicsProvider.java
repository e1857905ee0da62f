package io.insighta.adapters.http.client.demographics;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.CallerLogContext;
import io.insighta.adapters.http.client.HttpCalls;
import io.insighta.adapters.http.client.InvalidReplyException;
import io.insighta.adapters.http.client.JsonReplies;
import io.insighta.adapters.http.client.UrlEncoding;
import io.insighta.domain.profile.DemographicSource;
import io.insighta.domain.profile.Demographics;
import io.insighta.domain.profile.DemographicsProvider;
import io.insighta.domain.profile.ProfileName;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Genderize, Agify and Nationalize about a name concurrently and combines their answers, or
 * reports the first unusable one (in that order) as a {@link
 * io.insighta.domain.profile.DemographicsUnavailableException}.
 */
public final class HttpDemographicsProvider implements DemographicsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(HttpDemographicsProvider.class);

  private final DemographicsClientSettings settings;
  private final HttpClient client;

  public HttpDemographicsProvider(DemographicsClientSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client = HttpCalls.newClient(settings.connectTimeout());
  }

  @Override
  public Demographics predict(ProfileName name) {
    Objects.requireNonNull(name, "name");
    String query = "name=" + UrlEncoding.component(name.value());
    CompletableFuture<CallResult<GenderPrediction>> gender =
        call(DemographicSource.GENDERIZE, settings.genderizeUrl(), query, GenderizeReply::read);
    CompletableFuture<CallResult<Integer>> age =
        call(DemographicSource.AGIFY, settings.agifyUrl(), query, AgifyReply::read);
    CompletableFuture<CallResult<CountryPrediction>> country =
        call(
            DemographicSource.NATIONALIZE,
            settings.nationalizeUrl(),
            query,
            NationalizeReply::read);
    // Each future is bounded by the request deadline and never fails, so these joins cannot hang or
    // throw; waiting for all three first makes the reported service independent of timing.
    CompletableFuture.allOf(gender, age, country).join();
    GenderPrediction predictedGender = gender.join().valueOrThrow();
    int predictedAge = age.join().valueOrThrow();
    CountryPrediction predictedCountry = country.join().valueOrThrow();
    return new Demographics(
        predictedGender.gender(),
        predictedGender.probability(),
        predictedAge,
        predictedCountry.country(),
        predictedCountry.probability());
  }

  private <T> CompletableFuture<CallResult<T>> call(
      DemographicSource source, URI base, String query, Function<JsonNode, T> reader) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(UrlEncoding.withQuery(base, query))
              .timeout(settings.requestTimeout())
              .header("Accept", "application/json")
              .GET()
              .build();
      return HttpCalls.send(client, request, settings.requestTimeout())
          .handle(
              CallerLogContext.carry(
                  (HttpResponse<byte[]> response, Throwable error) ->
                      error == null
                          ? read(source, response, reader)
                          : failure(source, HttpCalls.describe(error), HttpCalls.unwrap(error))));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(failure(source, HttpCalls.describe(e), e));
    }
  }

  private static <T> CallResult<T> read(
      DemographicSource source, HttpResponse<byte[]> response, Function<JsonNode, T> reader) {
    if (!HttpCalls.isSuccess(response.statusCode())) {
      return failure(source, "HTTP " + response.statusCode(), null);
    }
    try {
      return CallResult.success(source, reader.apply(JsonReplies.parseObject(response.body())));
    } catch (InvalidReplyException e) {
      return failure(source, e.getMessage(), e);
    } catch (RuntimeException e) {
      return failure(source, HttpCalls.describe(e), e);
    }
  }

  // The name is personal data and stays out of the log; the source and the reason are enough.
  private static <T> CallResult<T> failure(
      DemographicSource source, String detail, Throwable cause) {
    LOG.warn("{} returned an invalid response: {}", source.displayName(), detail);
    return CallResult.failure(source, detail, cause);
  }
}
