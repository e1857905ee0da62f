package io.insighta.adapters.http.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.profile.ImportCandidate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class JsonProfileImportReaderTest {

  private static List<ImportCandidate> read(String json) throws IOException {
    try (JsonProfileImportReader reader = new JsonProfileImportReader(stream(json))) {
      List<ImportCandidate> rows = new ArrayList<>();
      reader.forEachRemaining(rows::add);
      return rows;
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void seedShapedDocumentYieldsEveryFieldAsTextWithTheLineItStartsOn() throws IOException {
    List<ImportCandidate> rows =
        read(
            "{\"meta\":{\"source\":[1,2]},\n\"profiles\":[\n{\"name\":\"Awino Hassan\","
                + "\"gender\":\"female\",\"gender_probability\":0.66,\"age\":68,"
                + "\"age_group\":\"senior\",\"country_id\":\"TZ\",\"country_name\":\"Tanzania\","
                + "\"country_probability\":0.6,\"id\":\"x\",\"created_at\":\"2026-01-01T00:00:00Z\"}\n]}");

    assertThat(rows).hasSize(1);
    ImportCandidate row = rows.get(0);
    assertThat(row.line()).isEqualTo(3);
    assertThat(row.name()).isEqualTo("Awino Hassan");
    assertThat(row.gender()).isEqualTo("female");
    assertThat(row.genderProbability()).isEqualTo("0.66");
    assertThat(row.age()).isEqualTo("68");
    assertThat(row.ageGroup()).isEqualTo("senior");
    assertThat(row.countryId()).isEqualTo("TZ");
    assertThat(row.countryProbability()).isEqualTo("0.6");
    assertThat(row.id()).isEqualTo("x");
    assertThat(row.createdAt()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(row.readError()).isNull();
  }

  @Test
  void bareArrayIsAccepted() throws IOException {
    assertThat(read("[{\"name\":\"a\"},{\"name\":\"b\"}]"))
        .extracting(ImportCandidate::name)
        .containsExactly("a", "b");
  }

  @Test
  void emptyDocumentHasNoRows() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read("  \n ")).isEmpty();
    assertThat(read("[]")).isEmpty();
    assertThat(read("{\"profiles\":[]}")).isEmpty();
  }

  @Test
  void documentOfAnotherShapeIsOneUnreadableRow() throws IOException {
    for (String doc : List.of("{\"rows\":[]}", "\"text\"", "42", "{\"profiles\":{}}")) {
      List<ImportCandidate> rows = read(doc);

      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).readError())
          .isEqualTo("expected a JSON array or an object with a \"profiles\" array");
    }
  }

  @Test
  void nestedValueInAKnownFieldMakesTheRowUnreadableButUnknownOnesAreIgnored() throws IOException {
    List<ImportCandidate> rows =
        read("[{\"name\":{\"first\":\"a\"}},{\"name\":\"b\",\"tags\":[\"x\"],\"age\":null}]");

    assertThat(rows.get(0).readError()).isEqualTo("name must be a single value");
    assertThat(rows.get(1).readError()).isNull();
    assertThat(rows.get(1).name()).isEqualTo("b");
    assertThat(rows.get(1).age()).isNull();
  }

  @Test
  void nonObjectEntriesAreUnreadableAndReadingGoesOn() throws IOException {
    List<ImportCandidate> rows = read("[1,[2],{\"name\":\"c\"}]");

    assertThat(rows)
        .extracting(ImportCandidate::readError)
        .containsExactly("entry is not a JSON object", "entry is not a JSON object", null);
  }

  @Test
  void malformedDocumentEndsWithOneUnreadableRowAtTheFailure() throws IOException {
    List<ImportCandidate> rows = read("[\n{\"name\":\"a\"},\n{\"name\" \"b\"}\n]");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).name()).isEqualTo("a");
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).readError()).startsWith("malformed JSON: ");
  }

  @Test
  void truncatedDocumentEndsWithOneUnreadableRow() throws IOException {
    List<ImportCandidate> rows = read("{\"profiles\":[{\"name\":\"a\"},{\"name\":");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).readError()).startsWith("malformed JSON");
  }

  @Test
  void readsOnlyAsFarAsTheRowsAskedFor() {
    InputStream rest =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("read past the first row");
          }
        };
    InputStream in = new SequenceInputStream(stream("[{\"name\":\"first\"}"), rest);
    JsonProfileImportReader reader = new JsonProfileImportReader(in);

    assertThat(reader.next().name()).isEqualTo("first");
  }

  @Test
  void nextPastTheEndThrows() throws IOException {
    try (JsonProfileImportReader reader = new JsonProfileImportReader(stream("[]"))) {
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }
}
