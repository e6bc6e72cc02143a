package io.litmine.annotators.lexicon;

import java.util.List;

/**
 * Whether a sentence backs an ambiguous synonym. A guarded entry lists its own cue words
 * ({@code ER}: breast, oestrogen, tamoxifen...); {@code context=*} stands for {@link #GENE}, words
 * that show a sentence talks about genes or proteins at all, used for the short and word-like
 * aliases of the imported HGNC set.
 */
final class ContextCues {

    /** Stems, matched as substrings of the lower-cased sentence: "express" covers "expression". */
    static final List<String> GENE = List.of(
            "gene", "protein", "mrna", "cdna", "express", "receptor", "kinase", "promoter", "transcri",
            "encod", "mutant", "mutation", "phosphorylat", "antibod", "isoform", "subunit", "ligand",
            "homolog", "allele", "knockout", "sirna", "enzyme", "domain");

    private ContextCues() {
    }

    /** @param sentence the sentence, lower-cased */
    static boolean satisfied(Qualifiers qualifiers, String sentence) {
        if (!qualifiers.needsContext()) {
            return true;
        }
        for (String cue : qualifiers.context()) {
            if (cue.equals(Qualifiers.GENERIC_CONTEXT)) {
                if (GENE.stream().anyMatch(sentence::contains)) {
                    return true;
                }
            } else if (sentence.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
