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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gene or drug lexicon: TSV lines {@code name<TAB>id<TAB>synonym|synonym|...}, {@code #}
 * comments. The built-in curated lexicons live on the classpath under
 * {@code io/litmine/annotators/lexicon/}; a directory written by {@code litmine lexicon import}
 * holds files of the same name and format.
 */
public final class Lexicon {

    private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);
    private static final String BUILT_IN_DIR = "io/litmine/annotators/lexicon/";

    private final EntityType type;
    private final List<LexiconEntry> entries;
    private final Map<String, LexiconEntry> exact = new HashMap<>();
    private final Map<String, LexiconEntry> folded = new HashMap<>();
    private int maxWords;

    private Lexicon(EntityType type, List<LexiconEntry> entries, String source) {
        this.type = type;
        this.entries = List.copyOf(entries);
        for (LexiconEntry entry : entries) {
            for (String synonym : entry.synonyms()) {
                index(entry, synonym, source);
            }
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
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new LexiconException(source + ":" + lineNo + ": expected name<TAB>id<TAB>synonyms");
            }
            Set<String> synonyms = new LinkedHashSet<>();
            synonyms.add(cols[0].strip());
            if (cols.length > 2 && !cols[2].isBlank()) {
                Arrays.stream(cols[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(synonyms::add);
            }
            entries.add(new LexiconEntry(type, cols[0].strip(), cols[1].strip(), new ArrayList<>(synonyms)));
        }
        Lexicon lexicon = new Lexicon(type, entries, source);
        LOG.info("loaded {} {} lexicon entries from {}", lexicon.size(), type, source);
        return lexicon;
    }

    private void index(LexiconEntry entry, String synonym, String source) {
        String key = SurfaceKey.compact(synonym);
        if (key.isEmpty()) {
            return;
        }
        boolean caseSensitive = SurfaceKey.caseSensitive(key);
        Map<String, LexiconEntry> map = caseSensitive ? exact : folded;
        String mapKey = caseSensitive ? key : SurfaceKey.fold(key);
        LexiconEntry previous = map.putIfAbsent(mapKey, entry);
        if (previous != null && !previous.equals(entry)) {
            // First entry wins: the file order is the curator's priority.
            LOG.warn("{}: synonym '{}' of {} already names {}", source, synonym, entry.name(), previous.name());
        }
        maxWords = Math.max(maxWords, wordCount(synonym));
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
        String key = SurfaceKey.compact(surface);
        if (SurfaceKey.caseSensitive(key)) {
            return Optional.ofNullable(exact.get(key));
        }
        return Optional.ofNullable(folded.get(SurfaceKey.fold(key)));
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
