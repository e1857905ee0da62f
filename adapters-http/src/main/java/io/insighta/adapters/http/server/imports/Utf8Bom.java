package io.insighta.adapters.http.server.imports;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Drops the byte order mark spreadsheet programs put at the start of UTF-8 CSV files. */
final class Utf8Bom {

  private static final int BOM = '\uFEFF';

  private Utf8Bom() {}

  static Reader skip(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first >= 0 && first != BOM) {
      pushback.unread(first);
    }
    return pushback;
  }
}
