package io.litmine.annotators.parse;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser for English UD, run with its own model, dictionaries, feature
 * templates and arc-standard transitions, but with the network evaluated by {@link ParserNetwork}:
 * the same trees as {@code DependencyParser.predict} in about half the time.
 *
 * <p>The loop is CoreNLP's {@code predictInner}: from the initial configuration, score every
 * transition, apply the highest-scoring one the configuration allows (the first on a tie), until the
 * configuration is terminal; the tree becomes a {@link UniversalEnglishGrammaticalStructure} exactly as
 * {@code predict} builds it.
 */
public final class NeuralDependencyParser {

    /** CoreNLP's default {@code numCached}. */
    private static final int DEFAULT_CACHED = 5000;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    private final ParserNetwork network;

    private NeuralDependencyParser(DependencyParser parser, ArcStandard system, List<String> transitions, ParserNetwork network) {
        this.parser = parser;
        this.system = system;
        this.transitions = List.copyOf(transitions);
        this.network = network;
        if (this.transitions.size() != network.numTransitions()) {
            throw new ParserModelException("the model scores " + network.numTransitions() + " transitions but its system has "
                    + this.transitions.size());
        }
    }

    /**
     * Loads a model as CoreNLP's {@code depparse} annotator does ({@code model}, default English UD;
     * the other properties are CoreNLP's parser settings, e.g. {@code numPreComputed}, {@code numCached}).
     *
     * @throws ParserModelException if the model is not an English UD model or this CoreNLP's parser
     *                              does not have the shape this class reads
     */
    public static NeuralDependencyParser load(Properties props) {
        String model = props.getProperty("model", DependencyParser.DEFAULT_MODEL);
        DependencyParser parser = DependencyParser.loadFromModelFile(model, props);
        CoreNlpParserParts parts = CoreNlpParserParts.of(parser, PropertiesUtils.getInt(props, "numCached", DEFAULT_CACHED));
        if (parts.language() != Language.UniversalEnglish) {
            throw new ParserModelException("model " + model + " is for " + parts.language() + "; only English UD models are supported");
        }
        return new NeuralDependencyParser(parser, parts.system(), parts.transitions(), parts.network());
    }

    /** The sentence's dependency tree (its tokens need part-of-speech tags), as {@code DependencyParser.predict}. */
    public GrammaticalStructure parse(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        while (!system.isTerminal(c)) {
            double[] scores = network.scores(features(c));
            double best = Double.NEGATIVE_INFINITY;
            String next = null;
            for (int t = 0; t < scores.length; t++) {
                if (scores[t] > best && system.canApply(c, transitions.get(t))) {
                    best = scores[t];
                    next = transitions.get(t);
                }
            }
            system.apply(c, next);
        }
        return structure(sentence.get(CoreAnnotations.TokensAnnotation.class), c);
    }

    private int[] features(Configuration c) {
        List<Integer> list = parser.getFeatures(c);
        int[] features = new int[list.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = list.get(i);
        }
        return features;
    }

    private static GrammaticalStructure structure(List<CoreLabel> tokens, Configuration c) {
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = c.getHead(i);
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            dependencies.add(new TypedDependency(head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i)), governor, dependent));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }
}
