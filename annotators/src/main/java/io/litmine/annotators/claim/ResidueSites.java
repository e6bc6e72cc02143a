package io.litmine.annotators.claim;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chemical (or gene-model) mentions that name a residue of a protein ("Src-Tyr-416", "tyrosine-705", "Ser 473"):
 * an amino acid (amino-acids.txt) with its position is a phosphorylation site, never a claim argument.
 */
final class ResidueSites {

    /** A position right after the amino acid: "-416", " 473", "308". */
    private static final Pattern POSITION = Pattern.compile("^\\s?-?\\s?\\d{1,4}\\b");
    /** A position the tagger took into the mention: "Tyr416", "tyrosine-705". */
    private static final Pattern TRAILING_POSITION = Pattern.compile("\\s?-?\\s?\\d{1,4}$");
    /** How far after a mention its position may stand. */
    private static final int AFTER = 8;
    private static final Set<String> AMINO_ACIDS = read();

    private ResidueSites() {
    }

    /** The mentions without residue sites. */
    static List<Mention> without(String text, List<Mention> mentions) {
        return mentions.stream().filter(m -> !site(text, m)).toList();
    }

    static boolean site(String text, Mention m) {
        // A gene model may take "tyrosine-705" for a gene; a three-letter code there is a symbol ("MET").
        boolean spelledOut = TRAILING_POSITION.matcher(m.text()).replaceFirst("").length() > 3;
        return (m.type() == EntityType.DRUG || spelledOut) && site(text, m.text(), m.end());
    }

    /** Whether {@code surface}, ending at {@code end} in {@code text}, names a residue. */
    static boolean site(String text, String surface, int end) {
        return site(surface, text.substring(end, Math.min(text.length(), end + AFTER)));
    }

    /**
     * Whether {@code surface}, followed by {@code after}, names a residue: an amino acid, or the last
     * hyphenated part of the surface ("Src-Tyr"), with a position in it ("Tyr416", "tyrosine-705") or
     * right after it.
     */
    static boolean site(String surface, String after) {
        String name = surface.toLowerCase(Locale.ROOT);
        String stem = TRAILING_POSITION.matcher(name).replaceFirst("");
        if (!stem.equals(name)) {
            return aminoAcid(stem);
        }
        return aminoAcid(name) && POSITION.matcher(after).find();
    }

    private static boolean aminoAcid(String name) {
        return AMINO_ACIDS.contains(name) || AMINO_ACIDS.contains(name.substring(name.lastIndexOf('-') + 1));
    }

    private static Set<String> read() {
        Set<String> names = new HashSet<>();
        for (RuleFile.Line line : RuleFile.lines(ResidueSites.class, "amino-acids.txt")) {
            names.add(line.field(0).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }
}
