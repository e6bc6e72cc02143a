package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gene or drug lexicon: TSV lines {@code name<TAB>id<TAB>synonym|synonym|...[<TAB>qualifiers]}
 * ({@link Qualifiers}), {@code #} comments. The built-in curated lexicons live on the classpath under
 * {@code io/litmine/annotators/lexicon/}; a directory written by {@code litmine lexicon import}
 * holds files of the same name and format.
 */
public final class Lexicon {

    private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);
    public static final String BUILT_IN_DIR = "io/litmine/annotators/lexicon/";

    private final EntityType type;
    private final List<LexiconEntry> entries;
    private final Map<String, LexiconEntry> exact = new HashMap<>();
    private final Map<String, LexiconEntry> folded = new HashMap<>();
    private final String[] foldedKeys;
    private int maxWords;
    private int conflicts;

    private Lexicon(EntityType type, List<LexiconEntry> entries, String source) {
        this.type = type;
        this.entries = List.copyOf(entries);
        TreeSet<String> keys = new TreeSet<>();
        for (LexiconEntry entry : entries) {
            for (String synonym : entry.synonyms()) {
                String key = index(entry, synonym, source);
                if (key != null) {
                    keys.add(SurfaceKey.fold(key));
                }
            }
        }
        this.foldedKeys = keys.toArray(String[]::new);
        if (conflicts > 0) {
            LOG.info("{}: {} synonyms named two entries; the first one kept them", source, conflicts);
        }
    }

    /** The file name for a type: {@code genes.tsv} or {@code drugs.tsv}. */
    public static String fileName(EntityType type) {
        return type == EntityType.GENE ? "genes.tsv" : "drugs.tsv";
    }

    /** The curated lexicon shipped in this module. */
    public static Lexicon builtIn(EntityType type) {
        return fromClasspath(type, BUILT_IN_DIR + fileName(type));
    }

    /** {@code genes.tsv} or {@code drugs.tsv} from {@code dir}, or the built-in one when dir is null. */
    public static Lexicon load(EntityType type, Path dir) {
        return dir == null ? builtIn(type) : fromFile(type, dir.resolve(fileName(type)));
    }

    public static Lexicon fromFile(EntityType type, Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(type, reader, file.toString());
        } catch (IOException e) {
            throw new LexiconException("cannot read lexicon " + file + ": " + e.getMessage(), e);
        }
    }

    public static Lexicon fromClasspath(EntityType type, String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new LexiconException("lexicon resource not on the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(type, reader, resource);
        } catch (IOException e) {
            throw new LexiconException("cannot read lexicon " + resource + ": " + e.getMessage(), e);
        }
    }

    static Lexicon parse(EntityType type, BufferedReader reader, String source) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 4 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new LexiconException(source + ":" + lineNo + ": expected name<TAB>id<TAB>synonyms[<TAB>qualifiers]");
            }
            Qualifiers qualifiers = Qualifiers.parse(cols.length > 3 ? cols[3] : "", source + ":" + lineNo);
            Set<String> synonyms = new LinkedHashSet<>();
            if (qualifiers.nameMatches()) {
                synonyms.add(cols[0].strip());
            }
            if (cols.length > 2 && !cols[2].isBlank()) {
                Arrays.stream(cols[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(synonyms::add);
            }
            entries.add(new LexiconEntry(type, cols[0].strip(), cols[1].strip(), new ArrayList<>(synonyms), qualifiers));
        }
        Lexicon lexicon = new Lexicon(type, entries, source);
        LOG.info("loaded {} {} lexicon entries from {}", lexicon.size(), type, source);
        return lexicon;
    }

    /** Indexes one synonym; returns its compact key, or null when it has none. */
    private String index(LexiconEntry entry, String synonym, String source) {
        String key = SurfaceKey.compact(synonym);
        if (key.isEmpty()) {
            return null;
        }
        boolean caseSensitive = SurfaceKey.caseSensitive(key);
        Map<String, LexiconEntry> map = caseSensitive ? exact : folded;
        String mapKey = caseSensitive ? key : SurfaceKey.fold(key);
        LexiconEntry previous = map.putIfAbsent(mapKey, entry);
        if (previous != null && !previous.equals(entry)) {
            // First entry wins: the file order is the curator's priority.
            conflicts++;
            LOG.debug("{}: synonym '{}' of {} already names {}", source, synonym, entry.name(), previous.name());
        }
        maxWords = Math.max(maxWords, wordCount(synonym));
        return key;
    }

    private static int wordCount(String synonym) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < synonym.length(); ) {
            int cp = synonym.codePointAt(i);
            boolean word = SurfaceKey.isWordChar(cp);
            if (word && !inWord) {
                words++;
            }
            inWord = word;
            i += Character.charCount(cp);
        }
        return words;
    }

    /** The entry a surface string names, exact case first for short symbols. */
    public Optional<LexiconEntry> lookup(String surface) {
        return Optional.ofNullable(lookupKey(SurfaceKey.compact(surface)));
    }

    /** The entry under a compact key (see {@link SurfaceKey#compact}), or null. */
    LexiconEntry lookupKey(String compactKey) {
        return lookupKey(compactKey, SurfaceKey.fold(compactKey));
    }

    /** As {@link #lookupKey(String)}, given the key already folded ({@link SurfaceKey#fold}). */
    LexiconEntry lookupKey(String compactKey, String foldedKey) {
        if (SurfaceKey.caseSensitive(compactKey)) {
            LexiconEntry entry = exact.get(compactKey);
            if (entry == null && SurfaceKey.symbolLike(compactKey)) {
                // Rodent and older human spellings capitalise only the first letter: Sp1, Stat3, Cdk2.
                entry = exact.get(compactKey.toUpperCase(Locale.ROOT));
            }
            return entry;
        }
        return folded.get(foldedKey);
    }

    /**
     * Whether some synonym's folded compact key starts with {@code foldedPrefix}: lets the matcher
     * stop extending a candidate as soon as no name can complete it (a binary search, no extra index).
     */
    boolean hasPrefix(String foldedPrefix) {
        int at = Arrays.binarySearch(foldedKeys, foldedPrefix);
        if (at >= 0) {
            return true;
        }
        int insertion = -at - 1;
        return insertion < foldedKeys.length && foldedKeys[insertion].startsWith(foldedPrefix);
    }

    public EntityType type() {
        return type;
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** Longest synonym in word pieces: bounds the matcher's look-ahead. */
    public int maxWords() {
        return maxWords;
    }
}
