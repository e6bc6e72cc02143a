package io.litmine.annotators.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule file beside the built-in lexicons: lines {@code KIND<TAB>regular expression}, {@code #}
 * comments and blank lines skipped; the alternatives of one kind are joined with {@code |}. Kinds
 * are lower-case words with hyphens ({@code not-before}); every kind the caller names must be there.
 */
final class RuleTable {

    private RuleTable() {
    }

    /** Kind → its alternatives joined by {@code |}, for each of {@code kinds}. */
    static Map<String, String> read(String file, Set<String> kinds) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        try (InputStream in = RuleTable.class.getClassLoader().getResourceAsStream(Lexicon.BUILT_IN_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + Lexicon.BUILT_IN_DIR + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String kind = f[0].strip().toLowerCase(Locale.ROOT);
                if (f.length != 2 || !kinds.contains(kind)) {
                    throw new IllegalStateException(file + ":" + number + ": expected KIND<TAB>regex, KIND one of " + kinds);
                }
                parts.computeIfAbsent(kind, k -> new ArrayList<>()).add(f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String kind : kinds) {
            List<String> alternatives = parts.get(kind);
            if (alternatives == null) {
                throw new IllegalStateException(file + " has no " + kind + " line");
            }
            out.put(kind, String.join("|", alternatives));
        }
        return out;
    }
}
