package io.litmine.annotators.lexicon;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The shared body of the gene and drug annotators: a {@link DictionaryMatcher} over each
 * sentence's tokens, skipping tokens inside citation callouts, writing {@link Mention}s to a
 * sentence-level key. Subclasses only choose the entity type and the key.
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
            CoreAnnotations.CharacterOffsetEndAnnotation.class,
            // Ordering, not data: callout tokens must be marked before we look at tokens.
            LitmineAnnotations.CitationsAnnotation.class);

    private final DictionaryMatcher matcher;
    private final Class<? extends CoreAnnotation<List<Mention>>> key;

    protected DictionaryAnnotator(String name, Properties props, EntityType type,
                                  Class<? extends CoreAnnotation<List<Mention>>> key) {
        String file = props.getProperty(name + ".lexicon", "");
        Lexicon lexicon = file.isBlank() ? Lexicon.builtIn(type) : Lexicon.fromFile(type, Path.of(file));
        this.matcher = new DictionaryMatcher(lexicon);
        this.key = key;
    }

    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Span> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
                    .filter(t -> !Boolean.TRUE.equals(t.get(LitmineAnnotations.InCitationAnnotation.class)))
                    .map(t -> new Span(t.beginPosition(), t.endPosition()))
                    .toList();
            sentence.set(key, matcher.match(text, tokens));
        }
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
