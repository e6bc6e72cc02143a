package io.litmine.annotators.claim;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
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
        List<ClaimPattern> patterns = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.lines(ClaimPatterns.class, RESOURCE)) {
            if (line.fields().size() != 3) {
                throw line.error("expected name<TAB>flags<TAB>pattern");
            }
            try {
                patterns.add(new ClaimPattern(line.field(0), flags(line.field(1)), SemgrexPattern.compile(expand(line.field(2), lexicon))));
            } catch (RuntimeException e) {
                throw line.error("(" + line.field(0) + ") " + e.getMessage());
            }
        }
        return List.copyOf(patterns);
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
