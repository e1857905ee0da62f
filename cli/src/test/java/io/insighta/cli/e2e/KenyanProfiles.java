package io.insighta.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twelve Kenyan profiles with fixed ages, probabilities and creation times, so filters, sorting and
 * paging have known answers; one name needs CSV quoting and one is not ASCII.
 */
final class KenyanProfiles {
  static final String CSV =
      String.join(
          "\r\n",
          "name,gender,gender_probability,age,country_id,country_probability,created_at",
          "Amani,female,0.91,23,KE,0.71,2026-03-01T10:00:00Z",
          "Baraka,male,0.95,17,KE,0.66,2026-03-01T10:01:00Z",
          "Chebet,female,0.88,34,KE,0.52,2026-03-01T10:02:00Z",
          "Daudi,male,0.79,41,KE,0.8,2026-03-01T10:03:00Z",
          "Esther,female,0.97,65,KE,0.45,2026-03-01T10:04:00Z",
          "Faraji,male,0.83,19,KE,0.6,2026-03-01T10:05:00Z",
          "Gathoni,female,0.76,29,KE,0.58,2026-03-01T10:06:00Z",
          "Hamisi,male,0.99,22,KE,0.77,2026-03-01T10:07:00Z",
          "Imani,female,0.69,8,KE,0.4,2026-03-01T10:08:00Z",
          "Jabari,male,0.9,55,KE,0.81,2026-03-01T10:09:00Z",
          "\"Kamau, \"\"Jr\"\"\",male,0.86,38,KE,0.63,2026-03-01T10:10:00Z",
          "Zoë,female,0.93,27,KE,0.7,2026-03-01T10:11:00Z",
          "");

  private KenyanProfiles() {}

  /** Imports the profiles through the API directly, as the server's test admin. */
  static void seed(LiveServer server) {
    assertThat(server.importCsv(CSV).json().at("/data/inserted").asLong()).isEqualTo(12);
  }
}
