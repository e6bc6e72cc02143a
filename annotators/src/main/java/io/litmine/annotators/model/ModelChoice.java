package io.litmine.annotators.model;

import io.litmine.corpus.model.EntityType;
import java.nio.file.Path;

/**
 * Which learned mention models tagging uses: the ones shipped with litmine ({@link #BUILT_IN}, the
 * default), none ({@link #NONE}: dictionary tagging only, {@code --no-model}), or the models in a
 * folder ({@link #folder}: {@code --model DIR}, as {@code litmine model train-genes|train-chemicals}
 * write them; a type whose file the folder lacks uses the shipped model).
 *
 * <p>It travels to the annotators as the property {@code NAME.model} ({@link #property}) and
 * through Beam options as one string ({@link #spec}, {@link #parse}).
 */
public record ModelChoice(boolean enabled, Path dir, GeneSpans geneSpans) {

    /**
     * Where a gene mention starts and ends when the lexicon names it. {@code NAMES} (default): the
     * name as the lexicon matched it ("HER2" in "the HER2 extracellular domain"), the model adding
     * only genes no lexicon names, which is how litmine's claim guideline and the seed review mark
     * genes. {@code MODEL}: the model's boundaries, as BC2GM marks genes ("HER2 extracellular
     * domain", "c-Fos protein"); scores of both on both in docs/entities.md.
     */
    public enum GeneSpans { NAMES, MODEL }

    public static final ModelChoice BUILT_IN = new ModelChoice(true, null, GeneSpans.NAMES);
    public static final ModelChoice NONE = new ModelChoice(false, null, GeneSpans.NAMES);
    private static final String MODEL_SPANS_SUFFIX = ";gene-spans=model";
    static final String BUILT_IN_PROPERTY = "builtin";
    public static final String NONE_PROPERTY = "none";

    public ModelChoice {
        geneSpans = geneSpans == null ? GeneSpans.NAMES : geneSpans;
        if (!enabled && dir != null) {
            throw new IllegalArgumentException("a model folder was given with models disabled");
        }
    }

    /** The models in {@code dir}; it must hold at least one model file. */
    public static ModelChoice folder(Path dir) throws ModelException {
        if (!MentionModel.existsIn(dir, EntityType.GENE) && !MentionModel.existsIn(dir, EntityType.DRUG)) {
            throw new ModelException("model directory " + dir + " has no " + MentionModel.fileName(EntityType.GENE)
                    + " or " + MentionModel.fileName(EntityType.DRUG));
        }
        return new ModelChoice(true, dir, GeneSpans.NAMES);
    }

    public ModelChoice withGeneSpans(GeneSpans spans) {
        return new ModelChoice(enabled, dir, spans);
    }

    /** The merge policy of {@code type}'s annotator ({@code NAME.model.merge}). */
    public String mergeProperty(EntityType type) {
        return type == EntityType.GENE && geneSpans == GeneSpans.NAMES ? "names" : "union";
    }

    /** The value of the {@code NAME.model} property for {@code type}'s annotator. */
    public String property(EntityType type) {
        if (!enabled) {
            return NONE_PROPERTY;
        }
        return MentionModel.existsIn(dir, type) ? dir.toString() : BUILT_IN_PROPERTY;
    }

    /** The model a {@code NAME.model} property value names, or null for none. */
    public static MentionModel load(String property, EntityType type) throws ModelException {
        String value = property == null ? "" : property.strip();
        if (value.isEmpty() || value.equals(NONE_PROPERTY)) {
            return null;
        }
        if (value.equals(BUILT_IN_PROPERTY)) {
            return MentionModel.builtIn(type);
        }
        Path dir = Path.of(value);
        if (!MentionModel.existsIn(dir, type)) {
            throw new ModelException("model directory " + dir + " has no " + MentionModel.fileName(type));
        }
        return MentionModel.load(dir, type);
    }

    /** One string for a Beam option: {@code builtin}, {@code none} or the folder, {@code ;gene-spans=model} after it for model spans. */
    public String spec() {
        String base = !enabled ? NONE_PROPERTY : dir == null ? BUILT_IN_PROPERTY : dir.toString();
        return geneSpans == GeneSpans.MODEL ? base + MODEL_SPANS_SUFFIX : base;
    }

    public static ModelChoice parse(String spec) {
        String value = spec == null ? "" : spec.strip();
        GeneSpans spans = GeneSpans.NAMES;
        if (value.endsWith(MODEL_SPANS_SUFFIX)) {
            spans = GeneSpans.MODEL;
            value = value.substring(0, value.length() - MODEL_SPANS_SUFFIX.length());
        }
        ModelChoice base = value.isEmpty() || value.equals(BUILT_IN_PROPERTY) ? BUILT_IN
                : value.equals(NONE_PROPERTY) ? NONE : new ModelChoice(true, Path.of(value), GeneSpans.NAMES);
        return base.withGeneSpans(spans);
    }
}
