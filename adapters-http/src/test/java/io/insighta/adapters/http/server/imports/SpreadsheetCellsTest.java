package io.insighta.adapters.http.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  @Test
  void cellsStartingAFormulaGetAQuoteAndOthersStayAsTheyAre() {
    for (String formula : List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx")) {
      assertThat(SpreadsheetCells.neutralised(formula)).isEqualTo("'" + formula);
    }
    for (String plain : List.of("", "Ada", "O'Neil", "'quoted", "1-2", "a=b")) {
      assertThat(SpreadsheetCells.neutralised(plain)).isEqualTo(plain);
    }
  }

  @Test
  void restoringUndoesNeutralisingExactly() {
    for (String cell :
        List.of("=1+1", "+1", "-1", "@A1", "", "Ada", "'quoted", "'", "'=x", "''=x")) {
      assertThat(SpreadsheetCells.restored(SpreadsheetCells.neutralised(cell))).isEqualTo(cell);
    }
  }
}
