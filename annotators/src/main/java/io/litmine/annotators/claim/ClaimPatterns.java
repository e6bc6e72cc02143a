package io.litmine.annotators.claim;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The claim patterns of {@code claim-patterns.semgrex}, with their {@code @KIND} macros expanded from
 * the {@link ClaimLexicon} and compiled once. A new construction is a new line there (and a test).
 */
final class ClaimPatterns {

    static final String RESOURCE = "claim-patterns.semgrex";

    private ClaimPatterns() {
    }

    static List<ClaimPattern> load(ClaimLexicon lexicon) {
        try (InputStream in = ClaimPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("claim pattern resource missing from the jar: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ClaimPattern> patterns = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected name<TAB>flags<TAB>pattern");
                }
                try {
                    patterns.add(new ClaimPattern(f[0], flags(f[1]), SemgrexPattern.compile(expand(f[2], lexicon))));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(RESOURCE + ":" + n + " (" + f[0] + "): " + e.getMessage(), e);
                }
            }
            return List.copyOf(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Set<ClaimPattern.Flag> flags(String s) {
        Set<ClaimPattern.Flag> flags = EnumSet.noneOf(ClaimPattern.Flag.class);
        if (!s.equals("-")) {
            for (String f : s.split(",")) {
                flags.add(ClaimPattern.Flag.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return flags;
    }

    /** {@code @VERB} → the verb lemmas as one alternation (lemmas are matched case-insensitively). */
    static String expand(String pattern, ClaimLexicon lexicon) {
        String out = pattern;
        for (Trigger.Kind k : Trigger.Kind.values()) {
            out = out.replace("@" + k.name(), "(?i:" + lexicon.alternation(k) + ")");
        }
        if (out.contains("@")) {
            throw new IllegalStateException("unknown macro in " + pattern);
        }
        return out;
    }
}
