package io.litmine.annotators.parse;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * The parts of a loaded CoreNLP {@link DependencyParser} that {@link NeuralDependencyParser} reuses:
 * its transition system and transition order, its language, and its network's weights with the
 * precomputed hidden-layer table. CoreNLP keeps them in private fields, read here by reflection in
 * one place; a CoreNLP whose parser has another shape fails at load with a {@link ParserModelException}
 * naming the field, and {@code NeuralDependencyParserTest} compares the parses with CoreNLP's own.
 */
record CoreNlpParserParts(ArcStandard system, List<String> transitions, Language language, ParserNetwork network) {

    /**
     * @param cached how many embeddings of non-precomputed features to keep between transitions
     *               (CoreNLP's {@code numCached}, default 5,000)
     */
    static CoreNlpParserParts of(DependencyParser parser, int cached) {
        Object system = field(DependencyParser.class, "system", parser);
        if (!(system instanceof ArcStandard arcStandard)) {
            throw new ParserModelException("CoreNLP's parser uses " + (system == null ? "no" : system.getClass().getSimpleName())
                    + " transition system; only the arc-standard system is supported");
        }
        List<String> transitions = cast(field(ParsingSystem.class, "transitions", system));
        Language language = (Language) field(DependencyParser.class, "language", parser);
        Classifier classifier = (Classifier) field(DependencyParser.class, "classifier", parser);
        double[][] saved = (double[][]) field(Classifier.class, "saved", classifier);
        // numPreComputed=0 leaves no table: every feature then goes through the cache.
        double[][] precomputed = saved == null ? new double[0][] : saved;
        Map<Integer, Integer> preMap = saved == null ? Map.of() : cast(field(Classifier.class, "preMap", classifier));
        if (preMap.values().stream().anyMatch(row -> row >= precomputed.length)) {
            throw new ParserModelException("CoreNLP's precomputed table has " + precomputed.length + " rows for " + preMap.size() + " features");
        }
        int numTokens = classifier.getW1()[0].length / classifier.getE()[0].length;
        ParserNetwork network = new ParserNetwork(classifier.getW1(), classifier.getb1(), classifier.getW2(), classifier.getE(),
                numTokens, precomputed, IntIndex.of(preMap), cached);
        return new CoreNlpParserParts(arcStandard, transitions, language, network);
    }

    private static Object field(Class<?> owner, String name, Object target) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ParserModelException("CoreNLP's " + owner.getSimpleName() + " has no readable field '" + name
                    + "' (another CoreNLP version?): " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
