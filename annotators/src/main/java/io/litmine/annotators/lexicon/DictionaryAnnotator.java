package io.litmine.annotators.lexicon;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.model.MentionMerger;
import io.litmine.annotators.model.MentionModel;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>Properties read (under the annotator's own name): {@code NAME.lexicon} = path of a TSV lexicon
 * file; default: the built-in curated {@code genes.tsv} / {@code drugs.tsv} on the classpath.
 * {@code NAME.model} = {@code builtin} (the model shipped for the type), a folder holding a trained
 * model ({@link MentionModel#fileName}) or {@code none} (default: dictionary only);
 * {@code NAME.model.merge} = {@code union} (default: the model's spans plus dictionary mentions it
 * left out), {@code model} (the model's spans only) or {@code names} (the dictionary's mentions as
 * found, plus model spans no dictionary mention overlaps); see {@link MentionMerger.Policy}.
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
    private final MentionModel model;
    private final MentionMerger merger;

    /** Overlaps with the other type's mentions are not decided here but by {@link MentionOverlapAnnotator}. */
    protected DictionaryAnnotator(String name, Properties props, EntityType type,
                                  Class<? extends CoreAnnotation<List<Mention>>> key) {
        String file = props.getProperty(name + ".lexicon", "");
        Lexicon lexicon = file.isBlank() ? Lexicon.builtIn(type) : Lexicon.fromFile(type, Path.of(file));
        this.matcher = new DictionaryMatcher(lexicon);
        this.key = key;
        this.model = ModelChoice.load(props.getProperty(name + ".model", ModelChoice.NONE_PROPERTY), type);
        String merge = props.getProperty(name + ".model.merge", "union").strip().toLowerCase(Locale.ROOT);
        this.merger = model == null ? null : new MentionMerger(lexicon, switch (merge) {
            case "union" -> MentionMerger.Policy.UNION;
            case "model" -> MentionMerger.Policy.MODEL_SPANS;
            case "names" -> MentionMerger.Policy.NAMES_FIRST;
            default -> throw new IllegalArgumentException(name + ".model.merge must be union, model or names, got " + merge);
        });
    }

    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Span>> tokens = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        List<Set<Span>> modelSpans = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<Span> spans = sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
                    .filter(t -> !Boolean.TRUE.equals(t.get(LitmineAnnotations.InCitationAnnotation.class)))
                    .map(t -> new Span(t.beginPosition(), t.endPosition()))
                    .toList();
            tokens.add(spans);
            List<Mention> dictionary = matcher.match(text, spans);
            List<Span> learned = model == null ? List.of() : model.mentions(text, spans, dictionary);
            modelSpans.add(Set.copyOf(learned));
            mentions.add(refine(text, spans, dictionary, learned));
        }
        Abbreviations.dropRedefined(text, mentions, matcher.lexicon());
        NonEntityUses.drop(text, mentions);
        Abbreviations.extend(text, tokens, mentions);
        for (int s = 0; s < sentences.size(); s++) {
            sentences.get(s).set(key, List.copyOf(mentions.get(s)));
            if (model != null && matcher.lexicon().type() == EntityType.DRUG) {
                // For the overlap annotator: a drug its model found keeps its place beside a gene.
                sentences.get(s).set(LitmineAnnotations.DrugModelSpansAnnotation.class, List.copyOf(modelSpans.get(s)));
            }
        }
    }

    /**
     * The learned model's second opinion on one sentence's dictionary mentions, before abbreviations
     * are followed: its spans, named through the lexicon ({@link MentionMerger}); without a model, unchanged.
     */
    private List<Mention> refine(String text, List<Span> tokens, List<Mention> found, List<Span> learned) {
        List<Mention> refined = model == null || tokens.isEmpty() ? found
                : merger.merge(text, learned, found, tokens.get(0).start());
        if (matcher.lexicon().type() != EntityType.DRUG) {
            return refined;
        }
        List<Mention> codes = CompoundCodes.find(text, tokens, refined);
        if (codes.isEmpty()) {
            return refined;
        }
        List<Mention> all = new ArrayList<>(refined);
        all.addAll(codes);
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return all;
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
