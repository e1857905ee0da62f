package io.insighta.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "postgresql", "POSTGRES", "PostgreSQL"})
  void platformUrlsBecomeAJdbcUrlAndCredentials(String scheme) {
    DatabaseUrl url = DatabaseUrl.parse(scheme + "://alice:s3cret@db.example.com:6543/insighta");

    assertThat(url)
        .isEqualTo(
            new DatabaseUrl("jdbc:postgresql://db.example.com:6543/insighta", "alice", "s3cret"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "postgres://h/db                     | jdbc:postgresql://h:5432/db",
        "postgres://h:5433/db?sslmode=require | jdbc:postgresql://h:5433/db?sslmode=require",
        "postgres://u:p@[::1]:5434/db         | jdbc:postgresql://[::1]:5434/db",
        "postgres://u:p@[2001:db8::7]/db      | jdbc:postgresql://[2001:db8::7]:5432/db",
        "postgres://u@db_1/app?a=1&b=2        | jdbc:postgresql://db_1:5432/app?a=1&b=2",
        "jdbc:postgresql://h:1/db?user=u      | jdbc:postgresql://h:1/db?user=u",
        "JDBC:PostgreSQL://h/db               | jdbc:postgresql://h/db",
      })
  void hostPortDatabaseAndQueryAreCarriedOver(String given, String jdbcUrl) {
    assertThat(DatabaseUrl.parse(given).jdbcUrl()).isEqualTo(jdbcUrl);
  }

  @Test
  void percentEscapesInCredentialsAreDecodedAndPlusStaysAPlus() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://al%40ice:p%3Aa%2Fss%25w+rd%C3%A4@h/db");

    assertThat(url.user()).isEqualTo("al@ice");
    assertThat(url.password()).isEqualTo("p:a/ss%w+rdä");
  }

  @Test
  void anUnescapedAtSignSlashOrQuestionMarkInThePasswordStillParses() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@s/s?w@host:5432/db");

    assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://host:5432/db", "u", "p@s/s?w"));
  }

  @Test
  void missingCredentialsAreLeftToTheDriver() {
    assertThat(DatabaseUrl.parse("postgres://h/db"))
        .isEqualTo(new DatabaseUrl("jdbc:postgresql://h:5432/db", null, null));
    assertThat(DatabaseUrl.parse("postgres://bob@h/db").password()).isNull();
    assertThat(DatabaseUrl.parse("postgres://:pw@h/db").user()).isNull();
    assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db").user()).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void anEmptyUrlIsRejected(String given) {
    assertThatThrownBy(() -> DatabaseUrl.parse(given))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Database URL is empty");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mysql://u:secret@h/db          | must start with postgresql://, postgres:// or jdbc:postgresql:",
        "jdbc:mysql://h/db              | must start with postgresql://, postgres:// or jdbc:postgresql:",
        "h:5432/db                      | must start with postgresql://, postgres:// or jdbc:postgresql:",
        "postgres://u:secret@h          | names no database",
        "postgres://u:secret@h:5432/    | names no database",
        "postgres://u:secret@h:port/db  | port must be a number",
        "postgres://u:secret@h:/db      | port must be a number",
        "postgres://u:secret@h:70000/db | port must be between 1 and 65535",
        "postgres://u:secret@:5432/db   | has no host",
        "postgres://u:secret@[::1/db    | unclosed IPv6 host literal",
        "postgres://u:secret%zz@h/db    | password has a malformed percent-escape",
        "postgres://u%4:secret@h/db     | user name has a malformed percent-escape",
      })
  void badUrlsAreRejectedWithAClearMessageThatNeverShowsThePassword(String given, String reason) {
    assertThatThrownBy(() -> DatabaseUrl.parse(given))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason)
        .hasMessageNotContaining("secret");
  }

  @Test
  void printingAUrlMasksEveryPassword() {
    String printed =
        DatabaseUrl.parse("postgres://u:hunter2@h/db").toString()
            + DatabaseUrl.parse("jdbc:postgresql://h/db?user=u&password=hunter2&ssl=true");

    assertThat(printed).doesNotContain("hunter2").contains("password=***").contains("ssl=true");
  }
}
