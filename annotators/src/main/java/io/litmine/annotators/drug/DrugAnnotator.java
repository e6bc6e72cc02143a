package io.litmine.annotators.drug;

import edu.stanford.nlp.ling.CoreAnnotation;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.lexicon.DictionaryAnnotator;
import io.litmine.corpus.model.EntityType;
import java.util.Properties;
import java.util.Set;

/**
 * Tags drugs, chemicals and named drug classes (lower-case INN; DrugBank or MeSH ids) in each sentence, by
 * the dictionary and, by default, the shipped chemical model, and
 * stores them under {@link LitmineAnnotations.DrugMentionsAnnotation}.
 *
 * <p>Registered as {@code customAnnotatorClass.drugs=io.litmine.annotators.drug.DrugAnnotator}.
 * A drug mention overlapping a gene the lexicon names (when the gene annotator ran first) is dropped;
 * over a gene span the learned model found but no lexicon names, both are kept, except that a
 * monoclonal antibody (-mab) replaces such a span.
 * Property: {@code drugs.lexicon} (default: built-in {@code io/litmine/annotators/lexicon/drugs.tsv}).
 */
public final class DrugAnnotator extends DictionaryAnnotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES =
            Set.of(LitmineAnnotations.DrugMentionsAnnotation.class);

    public DrugAnnotator(String name, Properties props) {
        super(name, props, EntityType.DRUG, LitmineAnnotations.DrugMentionsAnnotation.class,
                LitmineAnnotations.GeneMentionsAnnotation.class);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return SATISFIES;
    }
}
