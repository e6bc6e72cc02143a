package io.litmine.annotators.lexicon;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.gene.model.MentionMerger;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The shared body of the gene and drug annotators: a {@link DictionaryMatcher} over each
 * sentence's tokens, skipping tokens inside citation callouts, writing {@link Mention}s to a
 * sentence-level key, then tags the abbreviations the document defines for what it found
 * ({@link Abbreviations}). Subclasses only choose the entity type and the key. When the citations
 * annotator runs first (as in {@code PaperAnnotator}) its callout tokens are skipped; the tagger
 * ({@code litmine tag}) runs without it, so it is not a requirement.
 *
 * <p>Property read (under the annotator's own name): {@code NAME.lexicon} = path of a TSV lexicon
 * file; default: the built-in curated {@code genes.tsv} / {@code drugs.tsv} on the classpath.
 */
public abstract class DictionaryAnnotator implements Annotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> REQUIRES = Set.of(
            CoreAnnotations.TextAnnotation.class,
            CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.SentencesAnnotation.class,
            CoreAnnotations.CharacterOffsetBeginAnnotation.class,
            CoreAnnotations.CharacterOffsetEndAnnotation.class);

    private final DictionaryMatcher matcher;
    private final Class<? extends CoreAnnotation<List<Mention>>> key;
    private final Class<? extends CoreAnnotation<List<Mention>>> yieldTo;

    /**
     * @param yieldTo mentions of an annotator that ran before and wins overlaps (null: none): the
     *     drug annotator yields to genes, since insulin, EGF or erythropoietin in DrugBank are
     *     proteins in a paper far more often than administered drugs
     */
    protected DictionaryAnnotator(String name, Properties props, EntityType type,
                                  Class<? extends CoreAnnotation<List<Mention>>> key,
                                  Class<? extends CoreAnnotation<List<Mention>>> yieldTo) {
        String file = props.getProperty(name + ".lexicon", "");
        Lexicon lexicon = file.isBlank() ? Lexicon.builtIn(type) : Lexicon.fromFile(type, Path.of(file));
        this.matcher = new DictionaryMatcher(lexicon);
        this.key = key;
        this.yieldTo = yieldTo;
    }

    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Span>> tokens = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<Span> spans = sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
                    .filter(t -> !Boolean.TRUE.equals(t.get(LitmineAnnotations.InCitationAnnotation.class)))
                    .map(t -> new Span(t.beginPosition(), t.endPosition()))
                    .toList();
            tokens.add(spans);
            mentions.add(refine(text, spans, matcher.match(text, spans)));
        }
        Abbreviations.extend(text, tokens, mentions);
        for (int s = 0; s < sentences.size(); s++) {
            List<Mention> found = mentions.get(s);
            List<Mention> winners = yieldTo == null ? null : sentences.get(s).get(yieldTo);
            if (winners != null && !winners.isEmpty()) {
                // A span the gene model found but no gene lexicon names loses to a monoclonal antibody
                // the drug lexicon names (trastuzumab, T-DM1: proteins, so the model takes them for
                // genes). Other drugs still yield: erythropoietin, angiotensin II, insulin are gene
                // products, and BC2GM tags them. A named gene wins as before.
                List<Mention> kept = found;
                List<Mention> unnamed = winners.stream().filter(w -> MentionMerger.UNNORMALISED_ID.equals(w.id())
                        && kept.stream().anyMatch(m -> overlap(m, w) && isAntibodyDrug(m))).toList();
                // Only a gene the lexicon names outranks a drug. A span the model found but cannot
                // name is ambiguous evidence ("insulin", "angiotensin II" are both): both are kept,
                // each for its own type.
                found = found.stream().filter(m -> winners.stream()
                        .noneMatch(w -> overlap(w, m) && !MentionMerger.UNNORMALISED_ID.equals(w.id()))).toList();
                if (!unnamed.isEmpty()) {
                    sentences.get(s).set(yieldTo, winners.stream().filter(w -> !unnamed.contains(w)).toList());
                }
            }
            sentences.get(s).set(key, List.copyOf(found));
        }
    }

    /** INN stem -mab: a monoclonal antibody (trastuzumab; trastuzumab emtansine), a drug, not a gene product. */
    private static boolean isAntibodyDrug(Mention drug) {
        return drug.name().matches("(?i).*mab\\b.*");
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && a.end() > b.start();
    }

    /**
     * A subclass's second opinion on one sentence's dictionary mentions, before abbreviations are
     * followed: the gene annotator merges its learned model's spans here. Default: unchanged.
     */
    protected List<Mention> refine(String text, List<Span> tokens, List<Mention> found) {
        return found;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requires() {
        return REQUIRES;
    }

    /** Exposed for tests and for tools that tag text without a pipeline. */
    public Lexicon lexicon() {
        return matcher.lexicon();
    }
}
