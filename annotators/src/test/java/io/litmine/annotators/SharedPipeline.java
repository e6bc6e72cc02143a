package io.litmine.annotators;

/**
 * One {@link PaperAnnotator} for the whole test run: building it loads the POS model, and test
 * classes would otherwise each pay for it.
 */
public final class SharedPipeline {

    private static PaperAnnotator annotator;

    private SharedPipeline() {
    }

    public static synchronized PaperAnnotator get() {
        if (annotator == null) {
            annotator = new PaperAnnotator(AnnotatorConfig.defaults());
        }
        return annotator;
    }
}
