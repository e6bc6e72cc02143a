package io.litmine.annotators;

import java.nio.file.Path;

/**
 * How to build a {@link PaperAnnotator}. {@code lexiconDir} holds {@code genes.tsv} and
 * {@code drugs.tsv} (as written by {@code litmine lexicon import}); null means the built-in
 * curated lexicon.
 */
public record AnnotatorConfig(Path lexiconDir) {

    public static AnnotatorConfig defaults() {
        return new AnnotatorConfig(null);
    }
}
