package io.litmine.annotators.lexicon.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the HGNC complete set ({@code hgnc_complete_set.txt}, tab-separated, gzip accepted,
 * https://www.genenames.org/download/archive/). The header must name the columns used; every row
 * must have as many fields as the header and an {@code HGNC:n} id, or the whole file is refused.
 */
final class HgncFile {

    static final List<String> REQUIRED = List.of(
            "hgnc_id", "symbol", "name", "locus_group", "alias_symbol", "prev_symbol", "alias_name", "entrez_id");
    private static final String WHAT = "an HGNC complete set (tab-separated, from genenames.org)";

    private HgncFile() {
    }

    static List<HgncGene> read(Path file) throws LexiconImportException {
        try (BufferedReader reader = TableReader.open(file)) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new LexiconImportException(file + " is empty; expected " + WHAT);
            }
            List<String> header = TableReader.split(headerLine, '\t');
            int[] col = TableReader.columns(header, REQUIRED, WHAT, file);
            List<HgncGene> genes = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = TableReader.split(line, '\t');
                if (f.size() != header.size()) {
                    throw new LexiconImportException(file + ":" + lineNo + ": " + f.size() + " fields where the header has "
                            + header.size() + "; not " + WHAT);
                }
                String id = f.get(col[0]).strip();
                String symbol = f.get(col[1]).strip();
                if (!id.matches("HGNC:\\d+") || symbol.isEmpty()) {
                    throw new LexiconImportException(file + ":" + lineNo + ": expected an HGNC:n id and a symbol, got '"
                            + id + "', '" + symbol + "'");
                }
                genes.add(new HgncGene(id, symbol, f.get(col[2]).strip(), f.get(col[3]).strip(),
                        TableReader.values(f.get(col[4])), TableReader.values(f.get(col[5])),
                        TableReader.values(f.get(col[6])), f.get(col[7]).strip()));
            }
            if (genes.isEmpty()) {
                throw new LexiconImportException(file + " holds no genes; expected " + WHAT);
            }
            return genes;
        } catch (IOException e) {
            throw new LexiconImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
