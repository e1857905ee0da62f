package io.insighta.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisEndpointTest {

  @Test
  void readsHostPortPasswordAndDatabase() {
    RedisEndpoint endpoint = RedisEndpoint.parse("redis://:s3cr%40t@cache.internal:6380/2");

    assertThat(endpoint)
        .isEqualTo(new RedisEndpoint("cache.internal", 6380, null, "s3cr@t", 2, false));
  }

  @Test
  void defaultsToPort6379AndDatabaseZeroWithoutCredentials() {
    assertThat(RedisEndpoint.parse("redis://localhost"))
        .isEqualTo(new RedisEndpoint("localhost", 6379, null, null, 0, false));
    assertThat(RedisEndpoint.parse("redis://localhost:7000/"))
        .isEqualTo(new RedisEndpoint("localhost", 7000, null, null, 0, false));
  }

  @Test
  void readsUserAndTlsScheme() {
    assertThat(RedisEndpoint.parse("rediss://app:pw@redis.example.com:6390/1"))
        .isEqualTo(new RedisEndpoint("redis.example.com", 6390, "app", "pw", 1, true));
  }

  @Test
  void userInfoWithoutAColonIsThePassword() {
    assertThat(RedisEndpoint.parse("redis://secret@localhost:6379").password()).isEqualTo("secret");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "localhost:6379",
        "http://localhost:6379",
        "redis://",
        "redis://localhost:6379/db",
        "redis://local host"
      })
  void refusesWhatIsNotARedisUrlNamingTheExpectedForm(String url) {
    assertThatThrownBy(() -> RedisEndpoint.parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("redis://[:password@]host:port[/db]");
  }

  @Test
  void neverShowsThePassword() {
    RedisEndpoint endpoint = RedisEndpoint.parse("redis://:hunter2@localhost:6379/0");

    assertThat(endpoint.toString())
        .doesNotContain("hunter2")
        .isEqualTo("redis://:***@localhost:6379/0");
    assertThatThrownBy(() -> RedisEndpoint.parse("redis://:hunter2@localhost:6379/x"))
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void settingsHaveBoundedDefaultsAndRefuseInfiniteTimeouts() {
    RedisConnectionSettings settings = RedisConnectionSettings.fromUrl("redis://localhost");

    assertThat(settings.socketTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.borrowTimeout()).isEqualTo(Duration.ofMillis(200));
    assertThat(settings.withSocketTimeout(Duration.ofSeconds(1)).socketTimeout())
        .isEqualTo(Duration.ofSeconds(1));
    assertThatThrownBy(() -> settings.withSocketTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings.withBorrowTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
