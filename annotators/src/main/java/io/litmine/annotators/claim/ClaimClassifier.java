package io.litmine.annotators.claim;

import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evidence type and resistance mechanism of a claim, from keyword rules (GUIDELINE §6). The
 * mechanism follows the claim's own arguments first (the subject is usually the resistance
 * driver), and only then the words of the sentence.
 */
final class ClaimClassifier {

    private static final List<Map.Entry<Evidence, Pattern>> EVIDENCE = List.of(
            Map.entry(Evidence.IN_VITRO, words("in vitro|cell lines?|in culture|in the lab|ic50|western blot|kinase assay")),
            Map.entry(Evidence.IN_VIVO, words("in vivo|xenografts?|mice|mouse|rats|zebrafish|chicks")),
            Map.entry(Evidence.CLINICAL, words("patients?|clinical stud(?:y|ies)|clinical samples?|trials?|clinical")),
            Map.entry(Evidence.PRECLINICAL, words("preclinical|pre-clinical")));

    private static final Map<Mechanism, Set<String>> BY_ID = Map.of(
            Mechanism.HER2_ACCESS, Set.of("MUC4", "MUC1", "CD44", "ADAM10", "ADAM17", "HAS2"),
            Mechanism.DOWNSTREAM_ACTIVATION, Set.of("PTEN", "PI3K", "AKT", "AKT1", "MTOR", "PIK3CA", "PIK3R1", "INPP4B"),
            Mechanism.CELL_CYCLE, Set.of("CDKN1B", "CDK2", "CCNE1", "CDKN1A", "SKP2", "CDK4", "CDK6", "CCND1"),
            Mechanism.ALTERNATIVE_SIGNALLING, Set.of("IGF1R", "IGF1", "EGFR", "ERBB3", "ERBB4", "ERBB", "TGFA", "NRG1",
                    "EGF", "ESR1", "PGR", "PRL", "PRLR", "JAK", "STAT", "MET", "HGF", "SRC"),
            Mechanism.ANGIOGENESIS, Set.of("VEGFA", "VEGFR", "KDR", "FLT1", "HIF1A", "ANGPT2"),
            Mechanism.IMMUNE, Set.of("FCGR3A", "FCGR2A", "FCGR2B", "CD274", "PDCD1", "CTLA4", "IFNG"));

    /** Sentence keywords, in priority order. */
    private static final List<Map.Entry<Mechanism, Pattern>> BY_WORDS = List.of(
            Map.entry(Mechanism.HER2_ACCESS, words("truncat\\w*|p95HER2|mask\\w*|MUC4|CD44|epitope|cleav\\w*|shedding|hyaluronan")),
            Map.entry(Mechanism.DOWNSTREAM_ACTIVATION, words("PTEN|PI3K|Akt|mTOR|PIK3CA")),
            Map.entry(Mechanism.CELL_CYCLE, words("p27\\w*|CDK\\d?|cyclin\\w*")),
            Map.entry(Mechanism.ALTERNATIVE_SIGNALLING, words("IGF-?1R|EGFR|HER3|TGF\\w*|heregulin|oestrogen|estrogen|ligands?|prolactin")),
            Map.entry(Mechanism.ANGIOGENESIS, words("angiogen\\w*|VEGF\\w*|vasculature")),
            Map.entry(Mechanism.IMMUNE, words("immune|ADCC|NK")));

    private ClaimClassifier() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Evidence evidence(String sentence) {
        return EVIDENCE.stream().filter(e -> e.getValue().matcher(sentence).find())
                .map(Map.Entry::getKey).findFirst().orElse(Evidence.UNSPECIFIED);
    }

    static Mechanism mechanism(String subjectId, String objectId, String sentence) {
        for (String id : new String[] {subjectId, objectId}) {
            if (id == null) {
                continue;
            }
            for (String part : id.toUpperCase(Locale.ROOT).split("/")) {
                for (Map.Entry<Mechanism, Set<String>> e : BY_ID.entrySet()) {
                    if (e.getValue().contains(part)) {
                        return e.getKey();
                    }
                }
            }
        }
        return BY_WORDS.stream().filter(e -> e.getValue().matcher(sentence).find())
                .map(Map.Entry::getKey).findFirst().orElse(Mechanism.OTHER);
    }
}
