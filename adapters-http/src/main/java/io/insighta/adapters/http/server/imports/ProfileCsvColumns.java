package io.insighta.adapters.http.server.imports;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;

/** The CSV columns of export and import, and the RFC 4180 format both use. */
public final class ProfileCsvColumns {

  public static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "gender",
          "gender_probability",
          "age",
          "age_group",
          "country_id",
          "country_name",
          "country_probability",
          "created_at");

  /** Columns an import row cannot do without; the others are derived or generated. */
  public static final List<String> REQUIRED =
      List.of("name", "gender", "gender_probability", "age", "country_id", "country_probability");

  /** RFC 4180 output with the header row, CRLF line ends, quoting only where needed. */
  public static final CSVFormat EXPORT =
      CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

  /**
   * Reads a header row first; names are matched ignoring case and surrounding blanks, and a name
   * given twice is refused rather than guessed between.
   */
  public static final CSVFormat IMPORT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private ProfileCsvColumns() {}
}
