package io.litmine.annotators.claim.modality;

/**
 * What a cue word signals. {@code SPECULATION} is BioScope's name for what {@code modality-cues.tsv}
 * calls a {@code hedge}.
 */
public enum CueKind {
    NEGATION,
    SPECULATION;

    /** The kind named in a cue file: {@code negation}, or {@code hedge} / {@code speculation}. */
    static CueKind parse(String name) {
        return switch (name) {
            case "negation" -> NEGATION;
            case "hedge", "speculation" -> SPECULATION;
            default -> throw new IllegalArgumentException("unknown cue kind '" + name + "' (negation | hedge)");
        };
    }
}
