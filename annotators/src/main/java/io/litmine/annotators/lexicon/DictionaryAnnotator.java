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
    private final Class<? extends CoreAnnotation<List<Mention>>> yieldTo;
    private final MentionModel model;
    private final MentionMerger merger;

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
            List<Mention> found = mentions.get(s);
            List<Mention> winners = yieldTo == null ? null : sentences.get(s).get(yieldTo);
            if (winners != null && !winners.isEmpty()) {
                // A span the gene model found but no gene lexicon names loses to a monoclonal antibody
                // the drug lexicon names (trastuzumab, T-DM1: proteins, so the model takes them for
                // genes) and to a compound's development code (BYL719, MK-2206). Other drugs still yield: erythropoietin, angiotensin II, insulin are gene
                // products, and BC2GM tags them. A named gene wins as before.
                List<Mention> kept = found;
                List<Mention> unnamed = winners.stream().filter(w -> MentionMerger.UNNORMALISED_ID.equals(w.id())
                        && kept.stream().anyMatch(m -> overlap(m, w) && (isAntibodyDrug(m) || CompoundCodes.isCode(m.text())))).toList();
                // Only a gene the lexicon names outranks a drug. A span the model found but cannot
                // name is ambiguous evidence ("insulin", "angiotensin II" are both): both are kept,
                // each for its own type.
                // A drug the chemical model itself found keeps its place beside the gene: BC5CDR's
                // oxytocin, "CP" (cyclophosphamide, also ceruloplasmin's symbol) are chemicals there.
                Set<Span> learned = modelSpans.get(s);
                found = found.stream().filter(m -> learned.contains(new Span(m.start(), m.end())) || winners.stream()
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
