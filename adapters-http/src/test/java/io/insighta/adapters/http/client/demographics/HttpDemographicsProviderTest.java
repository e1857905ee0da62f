package io.insighta.adapters.http.client.demographics;

import static io.insighta.adapters.http.client.demographics.FakeDemographicsServer.AGIFY;
import static io.insighta.adapters.http.client.demographics.FakeDemographicsServer.GENDERIZE;
import static io.insighta.adapters.http.client.demographics.FakeDemographicsServer.NATIONALIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.insighta.domain.profile.DemographicSource;
import io.insighta.domain.profile.Demographics;
import io.insighta.domain.profile.DemographicsUnavailableException;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.ProfileName;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDemographicsProviderTest {
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(200);
  private static final ProfileName ELLA = new ProfileName("ella");

  private FakeDemographicsServer fake;

  @BeforeEach
  void startFake() {
    fake = FakeDemographicsServer.start().knowName("ella", "female", 0.99, 46, "NG", 0.85);
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  private HttpDemographicsProvider provider(Duration requestTimeout) {
    return new HttpDemographicsProvider(
        new DemographicsClientSettings(
            fake.genderizeUrl(),
            fake.agifyUrl(),
            fake.nationalizeUrl(),
            Duration.ofSeconds(2),
            requestTimeout));
  }

  private HttpDemographicsProvider provider() {
    return provider(Duration.ofSeconds(5));
  }

  /**
   * Loads and initialises everything once with a generous timeout, so that under a busy machine the
   * healthy services still answer within the short timeout of the test that follows.
   */
  private void warmUp() {
    assertThat(provider().predict(ELLA).age()).isEqualTo(46);
  }

  private DemographicSource failingSource(ProfileName name) {
    return catchThrowableOfType(
            DemographicsUnavailableException.class, () -> provider().predict(name))
        .source();
  }

  @Test
  void combinesTheThreePredictionsAndPicksTheMostLikelyCountry() {
    fake.reply(
        NATIONALIZE,
        200,
        """
        {"count":9,"name":"ella","country":[
          {"country_id":"GH","probability":0.07},
          {"country_id":"ng","probability":0.85},
          {"country_id":"KE","probability":0.05}]}""");

    Demographics result = provider().predict(ELLA);

    assertThat(result.gender()).isEqualTo(Gender.FEMALE);
    assertThat(result.genderProbability()).isEqualTo(0.99);
    assertThat(result.age()).isEqualTo(46);
    assertThat(result.country().code()).isEqualTo("NG");
    assertThat(result.country().name()).isEqualTo("Nigeria");
    assertThat(result.countryProbability()).isEqualTo(0.85);
  }

  @Test
  void nullGenderIsAGenderizeFailure() {
    fake.reply(GENDERIZE, 200, "{\"name\":\"ella\",\"gender\":null,\"probability\":0,\"count\":5}");

    assertThatThrownBy(() -> provider().predict(ELLA))
        .isInstanceOfSatisfying(
            DemographicsUnavailableException.class,
            e -> assertThat(e.source()).isEqualTo(DemographicSource.GENDERIZE))
        .hasMessage("Genderize returned an invalid response: gender is null");
  }

  @Test
  void zeroCountIsAGenderizeFailure() {
    fake.reply(
        GENDERIZE,
        200,
        "{\"name\":\"ella\",\"gender\":\"female\",\"probability\":0.9,\"count\":0}");

    assertThat(failingSource(ELLA)).isEqualTo(DemographicSource.GENDERIZE);
  }

  @Test
  void nullAgeIsAnAgifyFailure() {
    fake.reply(AGIFY, 200, "{\"name\":\"ella\",\"age\":null,\"count\":0}");

    assertThat(failingSource(ELLA)).isEqualTo(DemographicSource.AGIFY);
  }

  @Test
  void emptyCountryListIsANationalizeFailure() {
    fake.reply(NATIONALIZE, 200, "{\"name\":\"ella\",\"country\":[]}");

    assertThat(failingSource(ELLA)).isEqualTo(DemographicSource.NATIONALIZE);
  }

  @Test
  void unknownNameFailsAtGenderizeFirst() {
    assertThat(failingSource(new ProfileName("zzqx"))).isEqualTo(DemographicSource.GENDERIZE);
  }

  @Test
  void unknownCountryCodeIsANationalizeFailure() {
    fake.reply(NATIONALIZE, 200, "{\"country\":[{\"country_id\":\"XX\",\"probability\":0.6}]}");

    assertThatThrownBy(() -> provider().predict(ELLA))
        .isInstanceOf(DemographicsUnavailableException.class)
        .hasMessage("Nationalize returned an invalid response: unknown country code XX");
  }

  @ParameterizedTest
  @ValueSource(strings = {GENDERIZE, AGIFY, NATIONALIZE})
  void serviceSlowerThanTheRequestTimeoutFailsWithinTheTimeout(String service) {
    warmUp();
    fake.stall(service);
    long start = System.nanoTime();

    DemographicsUnavailableException error =
        catchThrowableOfType(
            DemographicsUnavailableException.class, () -> provider(SHORT_TIMEOUT).predict(ELLA));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(error.source()).isEqualTo(sourceOf(service));
    assertThat(error).hasMessageEndingWith("no response in time");
  }

  @Test
  void bodyThatStallsAfterTheHeadersStillTimesOut() {
    warmUp();
    fake.stallAfterHeaders(AGIFY);
    long start = System.nanoTime();

    assertThat(
            catchThrowableOfType(
                    DemographicsUnavailableException.class,
                    () -> provider(SHORT_TIMEOUT).predict(ELLA))
                .source())
        .isEqualTo(DemographicSource.AGIFY);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @CsvSource({"genderize,500", "agify,429", "nationalize,404", "agify,302", "genderize,204"})
  void nonSuccessStatusIsAFailureOfThatService(String service, int status) {
    fake.reply(service, status, status == 204 ? "" : "{\"error\":\"nope\"}");

    assertThatThrownBy(() -> provider().predict(ELLA))
        .isInstanceOfSatisfying(
            DemographicsUnavailableException.class,
            e -> assertThat(e.source()).isEqualTo(sourceOf(service)))
        .hasMessageEndingWith(status == 204 ? "empty body" : "HTTP " + status);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "genderize | {\"gender\":\"female\",\"probability\":0.9,",
        "genderize | <html>busy</html>",
        "genderize | {\"gender\":\"female\",\"probability\":0.9,\"count\":3} trailing",
        "genderize | []",
        "genderize | {\"gender\":\"female\",\"probability\":\"0.9\",\"count\":3}",
        "genderize | {\"gender\":\"female\",\"probability\":1.5,\"count\":3}",
        "genderize | {\"gender\":\"female\",\"probability\":0.9}",
        "genderize | {\"gender\":\"robot\",\"probability\":0.9,\"count\":3}",
        "genderize | {\"gender\":1,\"probability\":0.9,\"count\":3}",
        "agify | {\"age\":-1}",
        "agify | {\"age\":\"46\"}",
        "agify | {\"age\":46.5}",
        "agify | {\"age\":151}",
        "agify | {}",
        "nationalize | {\"country\":[{\"country_id\":\"NG\",\"probability\":-0.1}]}",
        "nationalize | {\"country\":[{\"country_id\":7,\"probability\":0.5}]}",
        "nationalize | {\"country\":[{\"probability\":0.5}]}",
        "nationalize | {\"country\":{\"country_id\":\"NG\",\"probability\":0.5}}",
        "nationalize | {\"country\":[\"NG\"]}",
        "nationalize | {\"name\":\"ella\"}",
      })
  void malformedOrMistypedReplyIsAFailureOfThatService(String service, String body) {
    fake.reply(service, 200, body);

    assertThat(failingSource(ELLA)).isEqualTo(sourceOf(service));
  }

  @Test
  void refusedConnectionIsAFailure() throws Exception {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/agify");
    }
    var settings =
        new DemographicsClientSettings(
            fake.genderizeUrl(),
            closedPort,
            fake.nationalizeUrl(),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5));

    assertThatThrownBy(() -> new HttpDemographicsProvider(settings).predict(ELLA))
        .isInstanceOfSatisfying(
            DemographicsUnavailableException.class,
            e -> assertThat(e.source()).isEqualTo(DemographicSource.AGIFY))
        .hasMessageEndingWith("could not connect");
  }

  @Test
  void whenSeveralFailTheEarliestServiceInOrderIsReported() {
    fake.reply(AGIFY, 500, "{}").reply(NATIONALIZE, 200, "{\"country\":[]}");
    assertThat(failingSource(ELLA)).isEqualTo(DemographicSource.AGIFY);

    fake.reply(GENDERIZE, 503, "{}");
    assertThat(failingSource(ELLA)).isEqualTo(DemographicSource.GENDERIZE);
  }

  @Test
  void aSlowEarlierFailureStillWinsOverAFastLaterOne() {
    warmUp();
    fake.stall(GENDERIZE).reply(NATIONALIZE, 500, "{}");

    DemographicsUnavailableException error =
        catchThrowableOfType(
            DemographicsUnavailableException.class, () -> provider(SHORT_TIMEOUT).predict(ELLA));

    assertThat(error.source()).isEqualTo(DemographicSource.GENDERIZE);
  }

  @Test
  void namesAreSentPercentEncodedInUtf8WithSpacesAsPercentTwenty() {
    fake.knowName("José María&Co", "male", 0.9, 40, "ES", 0.5);

    Demographics result = provider().predict(new ProfileName("  José María&Co "));

    assertThat(result.country().code()).isEqualTo("ES");
    for (String service : new String[] {GENDERIZE, AGIFY, NATIONALIZE}) {
      assertThat(fake.lastRawQuery(service)).isEqualTo("name=Jos%C3%A9%20Mar%C3%ADa%26Co");
    }
  }

  @Test
  void queriesTheThreeServicesConcurrently() {
    fake.requireConcurrentCalls(3, Duration.ofSeconds(3));

    Demographics result = provider().predict(ELLA);

    assertThat(result.age()).isEqualTo(46);
    assertThat(fake.calls(GENDERIZE) + fake.calls(AGIFY) + fake.calls(NATIONALIZE)).isEqualTo(3);
  }

  @Test
  void keepsAQueryTheConfiguredUrlAlreadyCarries() {
    var settings =
        new DemographicsClientSettings(
            URI.create(fake.genderizeUrl() + "?apikey=k"),
            fake.agifyUrl(),
            fake.nationalizeUrl(),
            Duration.ofSeconds(2),
            Duration.ofSeconds(5));

    new HttpDemographicsProvider(settings).predict(ELLA);

    assertThat(fake.lastRawQuery(GENDERIZE)).isEqualTo("apikey=k&name=ella");
  }

  private static DemographicSource sourceOf(String service) {
    return switch (service) {
      case GENDERIZE -> DemographicSource.GENDERIZE;
      case AGIFY -> DemographicSource.AGIFY;
      default -> DemographicSource.NATIONALIZE;
    };
  }
}
