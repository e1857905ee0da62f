package io.insighta.adapters.http.server.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.BodyReadException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyCharsetTest {

  @Test
  void noCharsetMeansUtf8() {
    assertThat(BodyCharset.of("application/json")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(BodyCharset.of(null)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf8AndAsciiAreAcceptedInAnySpelling() {
    assertThat(BodyCharset.of("text/csv; charset=UTF-8")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(BodyCharset.of("text/csv;Charset=\"utf8\"")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(BodyCharset.of("text/csv; foo=bar; charset=us-ascii"))
        .isEqualTo(StandardCharsets.US_ASCII);
  }

  @Test
  void unknownUnsupportedOrEmptyCharsetIsAnUnsupportedMediaType() {
    for (String type :
        new String[] {
          "application/json; charset=bogus",
          "application/json; charset=latin-1",
          "application/json; charset=ISO-8859-1",
          "application/json; charset=utf-16",
          "application/json; charset=",
          "application/json; charset=\"\"",
          "application/json; charset=u\u00fcf-8"
        }) {
      assertThatThrownBy(() -> BodyCharset.of(type))
          .as(type)
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
    }
  }

  @Test
  void bytesNotValidInTheCharsetAreABodyReadFailure() {
    BodyCharset.check("caf\u00e9".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                BodyCharset.check(
                    "caf\u00e9".getBytes(StandardCharsets.UTF_8), StandardCharsets.US_ASCII))
        .isInstanceOf(BodyReadException.class);
    assertThatThrownBy(
            () -> BodyCharset.check(new byte[] {(byte) 0xC0, (byte) 0xAF}, StandardCharsets.UTF_8))
        .isInstanceOf(BodyReadException.class);
  }
}
