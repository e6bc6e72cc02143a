package io.litmine.annotators.lexicon;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.model.MentionMerger;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Decides, sentence by sentence, between a gene mention and a drug mention over the same words, after
 * both taggers ran: a gene the lexicon names wins (insulin, EGF, erythropoietin are proteins in a paper
 * far more often than administered drugs), unless the chemical model itself found the drug span (BC5CDR's
 * oxytocin); a span the gene model found but no lexicon names loses to a monoclonal antibody
 * (trastuzumab, T-DM1: proteins, so the model takes them for genes) and to a development code (BYL719,
 * MK-2206); over other unnamed gene spans both are kept, each for its own type (the evidence is
 * ambiguous). It rewrites both mention keys and says so.
 *
 * <p>Registered as {@code customAnnotatorClass.overlaps=io.litmine.annotators.lexicon.MentionOverlapAnnotator},
 * after {@code genes} and {@code drugs}.
 */
public final class MentionOverlapAnnotator implements Annotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> REQUIRES = Set.of(
            CoreAnnotations.SentencesAnnotation.class,
            LitmineAnnotations.GeneMentionsAnnotation.class,
            LitmineAnnotations.DrugMentionsAnnotation.class);

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES = Set.of(
            LitmineAnnotations.GeneMentionsAnnotation.class,
            LitmineAnnotations.DrugMentionsAnnotation.class);

    public MentionOverlapAnnotator() {
    }

    /** The constructor CoreNLP calls for a custom annotator; no properties. */
    public MentionOverlapAnnotator(String name, Properties props) {
        this();
    }

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Mention> genes = Objects.requireNonNullElse(sentence.get(LitmineAnnotations.GeneMentionsAnnotation.class), List.of());
            List<Mention> drugs = Objects.requireNonNullElse(sentence.get(LitmineAnnotations.DrugMentionsAnnotation.class), List.of());
            if (genes.isEmpty() || drugs.isEmpty()) {
                continue;
            }
            List<Span> learned = Objects.requireNonNullElse(sentence.get(LitmineAnnotations.DrugModelSpansAnnotation.class), List.of());
            List<Mention> unnamed = genes.stream().filter(g -> MentionMerger.UNNORMALISED_ID.equals(g.id())
                    && drugs.stream().anyMatch(d -> overlap(d, g) && (isAntibodyDrug(d) || CompoundCodes.isCode(d.text())))).toList();
            List<Mention> keptDrugs = drugs.stream().filter(d -> learned.contains(new Span(d.start(), d.end())) || genes.stream()
                    .noneMatch(g -> overlap(g, d) && !MentionMerger.UNNORMALISED_ID.equals(g.id()))).toList();
            if (!unnamed.isEmpty()) {
                sentence.set(LitmineAnnotations.GeneMentionsAnnotation.class, genes.stream().filter(g -> !unnamed.contains(g)).toList());
            }
            sentence.set(LitmineAnnotations.DrugMentionsAnnotation.class, List.copyOf(keptDrugs));
        }
    }

    /** INN stem -mab: a monoclonal antibody (trastuzumab; trastuzumab emtansine), a drug, not a gene product. */
    private static boolean isAntibodyDrug(Mention drug) {
        return drug.name().matches("(?i).*mab\\b.*");
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && a.end() > b.start();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requires() {
        return REQUIRES;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return SATISFIES;
    }
}
