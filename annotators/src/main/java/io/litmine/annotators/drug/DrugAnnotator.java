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
 * A drug mention over the words of a gene mention is decided by the {@code overlaps} annotator
 * ({@link io.litmine.annotators.lexicon.MentionOverlapAnnotator}), which runs after both.
 * Property: {@code drugs.lexicon} (default: built-in {@code io/litmine/annotators/lexicon/drugs.tsv}).
 */
public final class DrugAnnotator extends DictionaryAnnotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES =
            Set.of(LitmineAnnotations.DrugMentionsAnnotation.class, LitmineAnnotations.DrugModelSpansAnnotation.class);

    public DrugAnnotator(String name, Properties props) {
        super(name, props, EntityType.DRUG, LitmineAnnotations.DrugMentionsAnnotation.class);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return SATISFIES;
    }
}
