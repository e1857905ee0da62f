package io.insighta.adapters.http.client.demographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemographicsClientSettingsTest {

  @Test
  void defaultsPointAtThePublicServicesWithThreeAndFiveSecondTimeouts() {
    DemographicsClientSettings defaults = DemographicsClientSettings.defaults();

    assertThat(defaults.genderizeUrl()).isEqualTo(URI.create("https://api.genderize.io"));
    assertThat(defaults.agifyUrl()).isEqualTo(URI.create("https://api.agify.io"));
    assertThat(defaults.nationalizeUrl()).isEqualTo(URI.create("https://api.nationalize.io"));
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void refusesRelativeOrNonHttpUrlsAndNonPositiveTimeouts() {
    URI ok = URI.create("http://127.0.0.1:1");
    Duration second = Duration.ofSeconds(1);

    assertThatThrownBy(
            () -> new DemographicsClientSettings(URI.create("/genderize"), ok, ok, second, second))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DemographicsClientSettings(ok, URI.create("ftp://host"), ok, second, second))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DemographicsClientSettings(ok, ok, ok, Duration.ZERO, second))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DemographicsClientSettings(ok, ok, ok, second, second.negated()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
