package io.insighta.adapters.http.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.http.server.error.BodyReadException;
import io.insighta.adapters.http.server.json.BoundedInput;
import io.insighta.adapters.http.server.json.StrictBodyReader;
import io.insighta.application.profile.ImportCandidate;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvProfileImportReaderTest {

  private static final String HEADER =
      "name,gender,gender_probability,age,country_id,country_probability\n";

  private static List<ImportCandidate> read(String csv) throws IOException {
    try (CsvProfileImportReader reader =
        CsvProfileImportReader.of(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      List<ImportCandidate> rows = new ArrayList<>();
      reader.forEachRemaining(rows::add);
      return rows;
    }
  }

  @Test
  void namesExportedAsSpreadsheetTextReadBackAsStored() throws IOException {
    String csv = HEADER + "'=HYPERLINK(1),female,0.9,31,NG,0.4\n'quoted,male,0.9,31,NG,0.4\n";

    List<ImportCandidate> rows = read(csv);

    assertThat(rows).extracting(ImportCandidate::name).containsExactly("=HYPERLINK(1)", "'quoted");
  }

  @Test
  void exportHeaderRowReadsEveryColumn() throws IOException {
    String csv =
        String.join(",", ProfileCsvColumns.COLUMNS)
            + "\r\n01900000-0000-7000-8000-000000000001,Ada,female,0.9,31,adult,NG,Nigeria,0.4,"
            + "2026-04-01T12:00:00Z\r\n";

    ImportCandidate row = read(csv).get(0);

    assertThat(row.line()).isEqualTo(2);
    assertThat(row.id()).isEqualTo("01900000-0000-7000-8000-000000000001");
    assertThat(row.name()).isEqualTo("Ada");
    assertThat(row.gender()).isEqualTo("female");
    assertThat(row.genderProbability()).isEqualTo("0.9");
    assertThat(row.age()).isEqualTo("31");
    assertThat(row.ageGroup()).isEqualTo("adult");
    assertThat(row.countryId()).isEqualTo("NG");
    assertThat(row.countryProbability()).isEqualTo("0.4");
    assertThat(row.createdAt()).isEqualTo("2026-04-01T12:00:00Z");
    assertThat(row.readError()).isNull();
  }

  @Test
  void headerNamesIgnoreCaseBlanksAndAByteOrderMarkAndOptionalColumnsMayBeMissing()
      throws IOException {
    String csv =
        "\uFEFF Name ,GENDER,gender_probability,Age,country_id,country_probability,x\n"
            + "Ada,female,0.9,31,NG,0.4,ignored\n";

    ImportCandidate row = read(csv).get(0);

    assertThat(row.name()).isEqualTo("Ada");
    assertThat(row.age()).isEqualTo("31");
    assertThat(row.id()).isNull();
    assertThat(row.createdAt()).isNull();
    assertThat(row.ageGroup()).isNull();
  }

  @Test
  void linesAreSpreadsheetRowNumbersEvenAcrossQuotedLineBreaks() throws IOException {
    String csv = HEADER + "\"Multi\nLine\",male,0.9,30,NG,0.4\n\nSecond,male,0.9,30,NG,0.4\n";

    List<ImportCandidate> rows = read(csv);

    assertThat(rows).extracting(ImportCandidate::line).containsExactly(2L, 3L);
    assertThat(rows.get(0).name()).isEqualTo("Multi\nLine");
  }

  @Test
  void rowWithTheWrongNumberOfFieldsIsUnreadable() throws IOException {
    List<ImportCandidate> rows = read(HEADER + "Ada,female,0.9\nBob,male,0.9,30,NG,0.4\n");

    assertThat(rows.get(0).readError()).isEqualTo("expected 6 fields but found 3");
    assertThat(rows.get(1).readError()).isNull();
  }

  @Test
  void missingRequiredColumnIsOneUnreadableRow() throws IOException {
    List<ImportCandidate> rows = read("name,gender\nAda,female\n");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).line()).isEqualTo(1);
    assertThat(rows.get(0).readError())
        .isEqualTo("missing column(s): gender_probability, age, country_id, country_probability");
  }

  @Test
  void duplicateHeaderIsOneUnreadableRow() throws IOException {
    List<ImportCandidate> rows = read("name," + HEADER + "A,B,male,0.9,30,NG,0.4\n");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).readError()).startsWith("unreadable header row");
  }

  @Test
  void emptyInputHasNoRows() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read(HEADER)).isEmpty();
  }

  @Test
  void unterminatedQuoteEndsWithOneUnreadableRow() throws IOException {
    List<ImportCandidate> rows =
        read(HEADER + "Ada,female,0.9,31,NG,0.4\n\"Open,male,0.9,30,NG,0.4\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).readError()).startsWith("malformed CSV");
  }

  @Test
  void bodyThatStopsShortIsNotARowButAFailureOfTheWholeImport() {
    InputStream cutOff =
        new SequenceInputStream(
            new ByteArrayInputStream(
                (HEADER + "Ada,female,0.9,31,NG,0.4\nBo").getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new EOFException("Early EOF");
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new EOFException("Early EOF");
              }
            });
    CsvProfileImportReader reader =
        new CsvProfileImportReader(
            new StrictBodyReader(new BoundedInput(cutOff, 1 << 20), StandardCharsets.UTF_8));

    assertThat(reader.next().name()).isEqualTo("Ada");
    assertThatThrownBy(reader::hasNext).isInstanceOf(BodyReadException.class);
  }

  @Test
  void bytesThatAreNotUtf8AreAFailureOfTheWholeImport() {
    byte[] latin1 =
        (HEADER + "Zo\u00eb,female,0.9,31,NG,0.4\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () ->
                new CsvProfileImportReader(
                    new StrictBodyReader(new ByteArrayInputStream(latin1), StandardCharsets.UTF_8)))
        .isInstanceOf(BodyReadException.class);
  }
}
