package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lexicon matches that the text shows are not the entity, by the rules of {@code non-entity-uses.tsv}:
 * a gene or drug synonym the document mostly writes before "cells" names a cell line there (HC11,
 * a CCL2 synonym, in "HC11 mammary epithelial cells"); an amino acid written as a residue or inside
 * an enzyme class ("Tyr-416", "tyrosine kinases") is not the free chemical.
 */
final class NonEntityUses {

    private static final String FILE = "non-entity-uses.tsv";
    private static final Map<String, String> RULES = RuleTable.read(FILE, Set.of("cell-line-after", "amino-acid", "residue-after"));
    private static final Pattern CELLS_AFTER = Pattern.compile("(?i)(?:" + RULES.get("cell-line-after") + ")");
    private static final Pattern AMINO_ACID = Pattern.compile("(?i)(?:" + RULES.get("amino-acid") + ")");
    private static final Pattern RESIDUE_AFTER = Pattern.compile("(?i)(?:" + RULES.get("residue-after") + ")");
    /** At least this many uses before a cell word make a synonym a cell line. */
    private static final int MIN_CELL_USES = 2;

    private NonEntityUses() {
    }

    /** Drops the non-entity uses from each sentence's mentions (lists are replaced). */
    static void drop(String text, List<List<Mention>> mentions) {
        Map<String, int[]> uses = new HashMap<>();
        for (List<Mention> sentence : mentions) {
            for (Mention m : sentence) {
                if (!SurfaceKey.isOwnName(m.text(), m.name()) || CompoundCodes.NO_ID.equals(m.id())) {
                    int[] count = uses.computeIfAbsent(key(m), k -> new int[2]);
                    count[0]++;
                    if (CELLS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                        count[1]++;
                    }
                }
            }
        }
        Set<String> cellLines = new HashSet<>();
        uses.forEach((key, count) -> {
            if (count[1] >= MIN_CELL_USES && 2 * count[1] >= count[0]) {
                cellLines.add(key);
            }
        });
        for (int s = 0; s < mentions.size(); s++) {
            mentions.set(s, mentions.get(s).stream()
                    .filter(m -> !cellLines.contains(key(m)) && !residue(text, m)).toList());
        }
    }

    private static boolean residue(String text, Mention m) {
        return m.type() == EntityType.DRUG && AMINO_ACID.matcher(m.text()).matches()
                && RESIDUE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    private static String key(Mention m) {
        return m.id() + '\t' + m.text();
    }
}
