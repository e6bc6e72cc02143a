package io.litmine.annotators.lexicon.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the DrugBank open vocabulary ({@code drugbank_vocabulary.csv}, CC0,
 * https://go.drugbank.com/releases/latest#open-data). The file is comma-separated as downloaded;
 * a copy re-saved by a spreadsheet may be semicolon-separated and carry a {@code Column1;Column2...}
 * line above the real header: both are accepted. Rows must have a {@code DBnnnnn} id and a name.
 */
final class DrugBankFile {

    static final List<String> REQUIRED = List.of("DrugBank ID", "Common name", "Synonyms");
    private static final String WHAT = "a DrugBank open vocabulary (CSV, from go.drugbank.com)";

    private DrugBankFile() {
    }

    static List<DrugBankDrug> read(Path file) throws LexiconImportException {
        try (BufferedReader reader = TableReader.open(file)) {
            String headerLine = reader.readLine();
            if (headerLine != null && headerLine.startsWith("Column1")) {
                headerLine = reader.readLine();
            }
            if (headerLine == null) {
                throw new LexiconImportException(file + " is empty; expected " + WHAT);
            }
            char delimiter = headerLine.startsWith("DrugBank ID;") ? ';' : ',';
            List<String> header = TableReader.split(headerLine, delimiter);
            int[] col = TableReader.columns(header, REQUIRED, WHAT, file);
            List<DrugBankDrug> drugs = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = TableReader.split(line, delimiter);
                if (f.size() != header.size()) {
                    throw new LexiconImportException(file + ":" + lineNo + ": " + f.size() + " fields where the header has "
                            + header.size() + "; not " + WHAT);
                }
                String id = f.get(col[0]).strip();
                String name = f.get(col[1]).strip();
                if (!id.matches("DB\\d{5}") || name.isEmpty()) {
                    throw new LexiconImportException(file + ":" + lineNo + ": expected a DBnnnnn id and a name, got '"
                            + id + "', '" + name + "'");
                }
                drugs.add(new DrugBankDrug(id, name, TableReader.values(f.get(col[2]))));
            }
            if (drugs.isEmpty()) {
                throw new LexiconImportException(file + " holds no drugs; expected " + WHAT);
            }
            return drugs;
        } catch (IOException e) {
            throw new LexiconImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
