package io.insighta.adapters.http.server.imports;

import io.insighta.application.profile.ImportCandidate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams import rows out of a CSV file with the export's header row (extra columns ignored; id,
 * created_at, age_group and country_name optional). A row's line is its spreadsheet row number, the
 * header being row 1; a missing required column or malformed CSV yields one unreadable row and ends
 * the file. A failure of the source itself (a request body cut off, say) is not the file's content
 * and is not turned into a row: it propagates, so the import it feeds is abandoned.
 */
public final class CsvProfileImportReader extends LookAheadImportReader {
  /** The columns a candidate is built from, in {@link ImportCandidate}'s order. */
  private static final List<String> FIELDS =
      List.of(
          "id",
          "name",
          "gender",
          "gender_probability",
          "age",
          "age_group",
          "country_id",
          "country_probability",
          "created_at");

  private final Reader source;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private int columns;
  private int[] positions = new int[FIELDS.size()];
  private long lastLine = 1;

  public CsvProfileImportReader(Reader reader) {
    this.source = reader;
    try {
      this.parser = ProfileCsvColumns.IMPORT.parse(Utf8Bom.skip(reader));
      List<String> header = parser.getHeaderNames();
      this.columns = header.size();
      // Resolved once: a by-name lookup per field and row was most of the cost of a large import.
      Map<String, Integer> byName = parser.getHeaderMap();
      this.positions =
          FIELDS.stream()
              .mapToInt(name -> byName.getOrDefault(name, Integer.valueOf(-1)))
              .toArray();
      this.records = parser.iterator();
      List<String> missing = missing(header);
      if (header.isEmpty()) {
        finish();
      } else if (!missing.isEmpty()) {
        failWith(ImportCandidate.unreadable(1, "missing column(s): " + String.join(", ", missing)));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      failWith(ImportCandidate.unreadable(1, "unreadable header row: " + e.getMessage()));
    }
  }

  /** Reads UTF-8 bytes (a leading byte order mark is ignored). */
  public static CsvProfileImportReader of(InputStream in) {
    return new CsvProfileImportReader(
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
    source.close();
  }

  @Override
  ImportCandidate advance() {
    try {
      if (!records.hasNext()) {
        finish();
        return null;
      }
      CSVRecord record = records.next();
      lastLine = record.getRecordNumber() + 1;
      return toCandidate(record, lastLine);
    } catch (UncheckedIOException | IllegalStateException e) {
      finish();
      return ImportCandidate.unreadable(lastLine + 1, "malformed CSV: " + rootMessage(e));
    }
  }

  private ImportCandidate toCandidate(CSVRecord record, long line) {
    String problem =
        record.size() == columns
            ? null
            : "expected " + columns + " fields but found " + record.size();
    return new ImportCandidate(
        line,
        value(record, 0),
        restored(value(record, 1)),
        value(record, 2),
        value(record, 3),
        value(record, 4),
        value(record, 5),
        value(record, 6),
        value(record, 7),
        value(record, 8),
        problem);
  }

  /** Names exported as spreadsheet text come back as they were stored. */
  private static String restored(String name) {
    return name == null ? null : SpreadsheetCells.restored(name);
  }

  private String value(CSVRecord record, int field) {
    int position = positions[field];
    return position >= 0 && position < record.size() ? record.get(position) : null;
  }

  private static List<String> missing(List<String> header) {
    List<String> present =
        header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
    return ProfileCsvColumns.REQUIRED.stream().filter(name -> !present.contains(name)).toList();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
