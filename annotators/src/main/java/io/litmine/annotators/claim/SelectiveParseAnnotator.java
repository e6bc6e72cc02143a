package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.parse.NeuralDependencyParser;
import io.litmine.corpus.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser ({@code depparse}, enhanced++ UD; its network evaluated by
 * {@link NeuralDependencyParser}, same trees, about twice as fast) run only on the sentences that
 * can hold a claim: at most {@code maxSentenceTokens} tokens, two or more argument candidates of which
 * one is a gene or drug, and a relation cue among the lemmas ({@link ClaimLexicon#isCue}); never a
 * title or heading ({@link ClaimAnnotator#headingLike}), which holds no claim. Parsing every
 * sentence would cost several times the rest of the pipeline; most sentences of a paper name no two
 * arguments.
 *
 * <p>Registered as {@code customAnnotatorClass.claimparse=io.litmine.annotators.claim.SelectiveParseAnnotator};
 * properties under its name: {@code maxSentenceTokens} (default 150, as the claim annotator's), and
 * {@code depparse.*} passed to the parser (e.g. {@code claimparse.depparse.model}). Sets the graphs of
 * the sentences it parses and the document's {@link LitmineAnnotations.ParsedSentencesAnnotation}.
 */
public final class SelectiveParseAnnotator implements Annotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> REQUIRES = Set.of(
            CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.SentencesAnnotation.class,
            CoreAnnotations.PartOfSpeechAnnotation.class,
            CoreAnnotations.LemmaAnnotation.class,
            LitmineAnnotations.GeneMentionsAnnotation.class,
            LitmineAnnotations.DrugMentionsAnnotation.class);
    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES = Set.of(
            SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
            LitmineAnnotations.ParsedSentencesAnnotation.class);

    /** How far outside the first and last argument a relation cue may stand ("Loss of PTEN activates X"). */
    private static final int CUE_REACH = 3;

    private final NeuralDependencyParser parser;
    private final GrammaticalStructure.Extras extras;
    private final int maxSentenceTokens;
    private final int maxParseTokens;
    private final ClaimLexicon lexicon = ClaimLexicon.get();

    public SelectiveParseAnnotator(String name, Properties props) {
        Properties parserProps = PropertiesUtils.extractPrefixedProperties(props, name + ".depparse.");
        this.parser = NeuralDependencyParser.load(parserProps);
        this.extras = MetaClass.cast(parserProps.getProperty("extradependencies", "NONE"), GrammaticalStructure.Extras.class);
        this.maxSentenceTokens = Math.max(1, Integer.parseInt(props.getProperty(name + ".maxSentenceTokens", "150").strip()));
        this.maxParseTokens = Math.max(1, Integer.parseInt(props.getProperty(name + ".maxParseTokens",
                System.getProperty("litmine.maxParseTokens", "80")).strip()));
    }

    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> selected = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            // "EGF blocks X" tagged blocks/NNS: the verb is the sentence's cue, and the parse needs it.
            VerbRetagging.apply(sentence.get(CoreAnnotations.TokensAnnotation.class), mentions(sentence), lexicon);
            if (candidate(text, sentence)) {
                selected.add(sentence);
            }
        }
        for (CoreMap sentence : selected) {
            parse(sentence);
        }
        annotation.set(LitmineAnnotations.ParsedSentencesAnnotation.class, selected.size());
    }

    /** The graphs CoreNLP's {@code depparse} sets that the claim annotator reads: basic and enhanced++. */
    private void parse(CoreMap sentence) {
        GrammaticalStructure gs = parser.parse(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null));
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null));
    }

    private boolean candidate(String text, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.size() > Math.min(maxSentenceTokens, maxParseTokens)) {
            return false;
        }
        List<Mention> mentions = mentions(sentence);
        if (mentions.isEmpty()) {
            return false;
        }
        List<Tok> toks = ClaimAnnotator.toks(labels);
        if (ClaimAnnotator.headingLike(toks)) {
            // A title or heading asserts nothing; the claim annotator takes no claim from it either.
            return false;
        }
        // "HC11 cells", "HER2 tumours": an entity before a sample noun describes a sample and names no argument.
        List<Argument> args = Arguments.of(text, toks, mentions).stream()
                .filter(a -> !a.isEntity() || a.lastTok() + 1 >= toks.size() || !lexicon.isSampleHead(toks.get(a.lastTok() + 1).lemma())
                        // "STAT3 knockdown embryos": a sample deprived of the entity (ManipulatedSamples).
                        || ManipulatedSamples.deprives(toks.get(a.lastTok())))
                .toList();
        if (!args.isEmpty() && ManipulatedSamples.named(toks, lexicon)) {
            // "PTEN-deficient mice exhibit increased tumour incidence": the sample is the gene's argument.
            return toks.stream().anyMatch(t -> lexicon.isCue(t) || lexicon.trigger(Trigger.Kind.PHENOTYPE, t.lemma()).isPresent());
        }
        if (args.size() < 2 || args.stream().noneMatch(Argument::isEntity)) {
            return false;
        }
        // A cue can only relate arguments it stands among (or just before or after them).
        int from = Math.max(0, args.get(0).firstTok() - CUE_REACH);
        int to = Math.min(toks.size() - 1, args.get(args.size() - 1).lastTok() + CUE_REACH);
        return toks.subList(from, to + 1).stream().anyMatch(lexicon::isCue);
    }

    static List<Mention> mentions(CoreMap sentence) {
        List<Mention> mentions = new ArrayList<>(Objects.requireNonNullElse(sentence.get(LitmineAnnotations.GeneMentionsAnnotation.class), List.of()));
        mentions.addAll(Objects.requireNonNullElse(sentence.get(LitmineAnnotations.DrugMentionsAnnotation.class), List.of()));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
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
