package dev.detente.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    void listsAreJsonArraysAndNumbersAreWrittenInFull() {
        assertThat(CsvCells.cell(List.of("RUS", "USA"))).isEqualTo("\"[\"\"RUS\"\",\"\"USA\"\"]\"");
        assertThat(CsvCells.cell(List.of())).isEqualTo("[]");
        assertThat(CsvCells.cell(-0.123456)).isEqualTo("-0.123456");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    }

    @Test
    void theExportWritesAListColumnAsTheQueriesWriteAList() {
        // the export reads a list column as its JSON text; a query row holds the list itself
        assertThat(CsvSink.cell("[\"RUS\",\"USA\"]")).isEqualTo(CsvCells.cell(List.of("RUS", "USA")));
    }

    @Property(tries = 200)
    void aQuotedCellReadsBackAsItsText(@ForAll String text) {
        String cell = CsvCells.quoted(text);
        String back = cell.startsWith("\"") && cell.endsWith("\"") && cell.length() >= 2
                && !text.equals(cell) ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertThat(back).isEqualTo(text);
        assertThat(Arrays.asList(',', '"', '\n', '\r').stream().anyMatch(c -> text.indexOf(c) >= 0)).isEqualTo(!cell.equals(text));
    }
}
