package io.litmine.bench.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * score_claims.id_names: the canonical names of the wanted identifiers, from the same three files of the
 * shared lexicon folder that the script reads by default ({@code --lexicons ../shared/data/lexicons}):
 * HGNC id → approved symbol, NCBI Gene id → symbol, DrugBank id → common name. A missing file is skipped,
 * as the script skips it; ids are compared after {@link ClaimText#normId} ("HGNC:3430" stays
 * "hgnc:3430", so it never equals NCBI Gene 3430).
 */
public final class LexiconNames {

    /** One lexicon table: its file under the lexicon folder, delimiter, id column and name column. */
    record Source(String file, char delimiter, String idColumn, String nameColumn) {
    }

    /** score_claims.LEXICON_FILES, in its order. */
    static final List<Source> SOURCES = List.of(
            new Source("hgnc/hgnc_complete_set.txt.gz", '\t', "hgnc_id", "symbol"),
            new Source("ncbi-gene-human-org.Hs.eg.db/human_gene_symbols_aliases.tsv.gz", '\t', "entrez_gene_id", "symbol"),
            new Source("drugbank-open-vocabulary/drugbank_vocabulary.normalized.csv", ',', "DrugBank ID", "Common name"));

    private LexiconNames() {
    }

    /** The names of {@code wanted} (normalised ids); {@code dir} null means no lexicons ({@code --lexicons ''}). */
    public static IdNames read(Path dir, Set<String> wanted) throws ClaimInputException {
        Map<String, Set<String>> names = new HashMap<>();
        if (dir == null) {
            return IdNames.NONE;
        }
        for (Source source : SOURCES) {
            Path file = dir.resolve(source.file());
            if (Files.isRegularFile(file)) {
                read(file, source, wanted, names);
            }
        }
        return new IdNames(names);
    }

    private static void read(Path file, Source source, Set<String> wanted, Map<String, Set<String>> names)
            throws ClaimInputException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            PythonCsv rows = new PythonCsv(text, source.delimiter());
            List<String> header = rows.next();
            header = header == null ? List.of() : header;
            int i = header.indexOf(source.idColumn());
            int j = header.indexOf(source.nameColumn());
            if (i < 0 || j < 0) {
                throw new ClaimInputException("lexicon " + file + " lacks column '" + source.idColumn() + "' or '"
                        + source.nameColumn() + "'");
            }
            for (List<String> r = rows.next(); r != null; r = rows.next()) {
                if (r.size() > Math.max(i, j)) {
                    String nid = ClaimText.normId(r.get(i));
                    if (wanted.contains(nid)) {
                        names.computeIfAbsent(nid, k -> new HashSet<>()).add(ClaimText.squash(r.get(j)));
                    }
                }
            }
        } catch (IOException e) {
            throw new ClaimInputException("lexicon " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
