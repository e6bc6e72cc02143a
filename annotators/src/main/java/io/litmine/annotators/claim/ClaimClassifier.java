package io.litmine.annotators.claim;

import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;

/**
 * Evidence type and resistance mechanism of a claim, from keyword rules (GUIDELINE §6) in the resource
 * files {@code evidence-cues.tsv} and {@code mechanism-taxonomy.tsv}. The mechanism follows the claim's
 * own arguments first (the subject is usually the resistance driver), and only then the words of the
 * sentence. These use the default taxonomy; a {@link MechanismTaxonomy} of one's own classifies itself.
 */
final class ClaimClassifier {

    private ClaimClassifier() {
    }

    static Evidence evidence(String sentence) {
        return EvidenceCues.defaults().classify(sentence);
    }

    static Mechanism mechanism(String subjectId, String objectId, String sentence) {
        return MechanismTaxonomy.defaults().classify(subjectId, objectId, sentence);
    }
}
