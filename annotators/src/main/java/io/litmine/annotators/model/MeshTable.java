package io.litmine.annotators.model;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconEntry;
import io.litmine.annotators.lexicon.SurfaceKey;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * MeSH identifiers for chemical mentions, learned from MeSH-normalised chemical annotations
 * (BC5CDR training and development PubTator files): which MeSH concept each written form was given
 * most often ({@code surface} rows), and which MeSH concept the mentions a DrugBank entry matched
 * were given most often ({@code drugbank} rows), so a form the annotations never show but DrugBank
 * lists ("Herceptin") gets the MeSH id of its entry. Stored as {@value #FILE_NAME} beside the
 * chemical model (plain gzip'd TSV: {@code kind<TAB>key<TAB>MeSH id<TAB>count}).
 */
public final class MeshTable {

    public static final String FILE_NAME = "chemicals-mesh.tsv.gz";
    private static final String SURFACE = "surface";
    private static final String DRUGBANK = "drugbank";

    private final Map<String, String> bySurface;
    private final Map<String, String> byDrugBank;

    private MeshTable(Map<String, String> bySurface, Map<String, String> byDrugBank) {
        this.bySurface = bySurface;
        this.byDrugBank = byDrugBank;
    }

    /** The MeSH id (without prefix, {@code D003000}) of a chemical mention, when one is known. */
    public Optional<String> lookup(Mention mention) {
        String key = key(mention.text());
        String id = bySurface.get(key);
        if (id == null && key.length() > 3 && key.endsWith("s")) {
            id = bySurface.get(key.substring(0, key.length() - 1));
        }
        if (id == null) {
            id = byDrugBank.get(mention.id());
        }
        return Optional.ofNullable(id);
    }

    public int size() {
        return bySurface.size() + byDrugBank.size();
    }

    static String key(String surface) {
        return SurfaceKey.fold(SurfaceKey.compact(surface));
    }

    /** The table shipped beside the built-in chemical model. */
    public static synchronized MeshTable builtIn() throws ModelException {
        if (builtIn == null) {
            String resource = MentionModel.BUILT_IN_FOLDER + FILE_NAME;
            try (InputStream in = MeshTable.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ModelException("the built-in MeSH table " + resource + " is missing (rebuild with bench/train-models)");
                }
                builtIn = read(in, resource);
            } catch (IOException e) {
                throw new ModelException("cannot read the built-in MeSH table: " + e.getMessage(), e);
            }
        }
        return builtIn;
    }

    private static MeshTable builtIn;

    /** The table in a model folder, or the built-in one when the folder has none. */
    public static MeshTable in(Path dir) throws ModelException {
        Path file = dir == null ? null : dir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return builtIn();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ModelException("cannot read MeSH table " + file + ": " + e.getMessage(), e);
        }
    }

    static MeshTable read(InputStream raw, String source) throws IOException {
        Map<String, String> surface = new HashMap<>();
        Map<String, String> drugbank = new HashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            String[] f = line.split("\t", -1);
            if (f.length != 4 || !(f[0].equals(SURFACE) || f[0].equals(DRUGBANK))) {
                throw new ModelException(source + ":" + number + ": expected kind<TAB>key<TAB>MeSH id<TAB>count");
            }
            (f[0].equals(SURFACE) ? surface : drugbank).put(f[1], f[2]);
        }
        return new MeshTable(surface, drugbank);
    }

    /**
     * Learns the table from PubTator files (chemical lines with a MeSH id; {@code -1} and composite
     * ids left out) and the drug lexicon, and writes it into {@code outDir} atomically. Ties go to
     * the smaller id, so the same input always gives the same bytes.
     */
    public static int build(List<Path> pubtator, Lexicon drugs, Path outDir) throws ModelException {
        if (drugs.type() != EntityType.DRUG) {
            throw new IllegalArgumentException("MeSH ids are learned with the drug lexicon, got " + drugs.type());
        }
        Map<String, Map<String, Integer>> surface = new TreeMap<>();
        Map<String, Map<String, Integer>> drugbank = new TreeMap<>();
        for (Path file : pubtator) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split("\t");
                    if (f.length < 6 || !f[4].equals("Chemical") || !f[5].matches("D\\d+|C\\d+")) {
                        continue;
                    }
                    count(surface, key(f[3]), f[5]);
                    Optional<LexiconEntry> entry = drugs.lookup(f[3]);
                    entry.ifPresent(e -> count(drugbank, e.id(), f[5]));
                }
            } catch (IOException e) {
                throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        Path target = outDir.resolve(FILE_NAME);
        Path temp = null;
        try {
            Files.createDirectories(outDir);
            temp = Files.createTempFile(outDir, ".mesh-", ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                 BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8))) {
                write(out, SURFACE, surface);
                write(out, DRUGBANK, drugbank);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return surface.size() + drugbank.size();
        } catch (IOException e) {
            throw new ModelException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed; either way nothing is left to keep
                }
            }
        }
    }

    private static void count(Map<String, Map<String, Integer>> table, String key, String id) {
        table.computeIfAbsent(key, k -> new TreeMap<>()).merge(id, 1, Integer::sum);
    }

    private static void write(BufferedWriter out, String kind, Map<String, Map<String, Integer>> table) throws IOException {
        for (var e : table.entrySet()) {
            Map.Entry<String, Integer> best = null;
            for (var id : e.getValue().entrySet()) {
                if (best == null || id.getValue() > best.getValue()) {
                    best = id;
                }
            }
            out.write(kind + "\t" + e.getKey() + "\t" + best.getKey() + "\t" + best.getValue() + "\n");
        }
    }
}
