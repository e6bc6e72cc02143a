package io.litmine.annotators.gene;

import edu.stanford.nlp.ling.CoreAnnotation;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.lexicon.DictionaryAnnotator;
import io.litmine.corpus.model.EntityType;
import java.util.Properties;
import java.util.Set;

/**
 * Tags genes, proteins and gene families (HGNC symbols, FamPlex families) in each sentence and
 * stores them under {@link LitmineAnnotations.GeneMentionsAnnotation}: the dictionary alone, or,
 * when a learned model is given, the model's spans named through the lexicon (shipped by default; {@code model.MentionMerger}).
 *
 * <p>Registered as {@code customAnnotatorClass.genes=io.litmine.annotators.gene.GeneAnnotator}.
 * Properties: {@code genes.lexicon}, {@code genes.model}, {@code genes.model.merge}, as
 * {@link DictionaryAnnotator} reads them.
 */
public final class GeneAnnotator extends DictionaryAnnotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES =
            Set.of(LitmineAnnotations.GeneMentionsAnnotation.class);

    public GeneAnnotator(String name, Properties props) {
        super(name, props, EntityType.GENE, LitmineAnnotations.GeneMentionsAnnotation.class);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return SATISFIES;
    }
}
