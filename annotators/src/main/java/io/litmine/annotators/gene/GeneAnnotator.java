package io.litmine.annotators.gene;

import edu.stanford.nlp.ling.CoreAnnotation;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.gene.model.GeneModel;
import io.litmine.annotators.gene.model.MentionMerger;
import io.litmine.annotators.lexicon.DictionaryAnnotator;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Tags genes, proteins and gene families (HGNC symbols, FamPlex families) in each sentence and
 * stores them under {@link LitmineAnnotations.GeneMentionsAnnotation}: the dictionary alone, or,
 * when a learned model is given, the model's spans named through the lexicon ({@link MentionMerger}).
 *
 * <p>Registered as {@code customAnnotatorClass.genes=io.litmine.annotators.gene.GeneAnnotator}.
 * Properties: {@code genes.lexicon} (default: built-in {@code io/litmine/annotators/lexicon/genes.tsv});
 * {@code genes.model} = a folder holding {@value GeneModel#FILE_NAME} (default: none, dictionary only);
 * {@code genes.model.merge} = {@code union} (default: the model's spans plus dictionary mentions it
 * left out) or {@code model} (the model's spans only).
 */
public final class GeneAnnotator extends DictionaryAnnotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES =
            Set.of(LitmineAnnotations.GeneMentionsAnnotation.class);

    private final GeneModel model;
    private final MentionMerger merger;

    public GeneAnnotator(String name, Properties props) {
        super(name, props, EntityType.GENE, LitmineAnnotations.GeneMentionsAnnotation.class, null);
        String dir = props.getProperty(name + ".model", "");
        if (dir.isBlank()) {
            model = null;
            merger = null;
        } else {
            model = GeneModel.load(Path.of(dir));
            String merge = props.getProperty(name + ".model.merge", "union").strip().toLowerCase(Locale.ROOT);
            merger = new MentionMerger(lexicon(), switch (merge) {
                case "union" -> MentionMerger.Policy.UNION;
                case "model" -> MentionMerger.Policy.MODEL_SPANS;
                default -> throw new IllegalArgumentException(name + ".model.merge must be union or model, got " + merge);
            });
        }
    }

    @Override
    protected List<Mention> refine(String text, List<Span> tokens, List<Mention> found) {
        return model == null ? found : merger.merge(text, model.mentions(text, tokens, found), found);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return SATISFIES;
    }
}
