package io.litmine.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows as Python 3.11's csv.reader gives them (the expected values were printed by Python). */
class PythonCsvTest {

    private static List<List<String>> rows(String text, char delimiter) throws IOException {
        PythonCsv csv = new PythonCsv(new StringReader(text), delimiter);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r = csv.next(); r != null; r = csv.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void quotedFieldsSpanDelimitersAndLineEndsAndAnEmptyLineIsAnEmptyRow() throws IOException {
        // list(csv.reader(io.StringIO('a,"b\nc",d\r\n\n"x"y,z\r"unterminated', newline='')))
        assertThat(rows("a,\"b\nc\",d\r\n\n\"x\"y,z\r\"unterminated", ','))
                .containsExactly(List.of("a", "b\nc", "d"), List.of(), List.of("xy", "z"), List.of("unterminated"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAndDoubledQuotesAreOne() throws IOException {
        assertThat(rows("id\tname\nHGNC:1\t5'\"x\"\t\"a\"\"b\"\n", '\t'))
                .containsExactly(List.of("id", "name"), List.of("HGNC:1", "5'\"x\"", "a\"b"));
    }
}
