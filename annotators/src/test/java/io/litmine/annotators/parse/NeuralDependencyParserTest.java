package io.litmine.annotators.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser with the rearranged network gives CoreNLP's trees, bit for bit: every sentence of a
 * bundled sample paper and of sentences written for the claim patterns, compared as the basic and
 * enhanced++ graphs CoreNLP's {@code depparse} annotator would set.
 */
class NeuralDependencyParserTest {

    private static final String WRITTEN = """
            Loss of PTEN activates PI3K/AKT signalling and confers resistance to trastuzumab (6).
            Lapatinib, an inhibitor of EGFR and HER2, did not inhibit the phosphorylation of AKT in these cells, \
            whereas MK-2206 reduced it by 80 %.
            The inhibition of CDK2 by dinaciclib was sufficient to restore sensitivity.
            Tamoxifen-induced apoptosis was blocked by the overexpression of BCL2 (Fig. 3B).
            These data suggest that STAT3 and AKT activate each other in HER2-positive cells.
            """;

    private static StanfordCoreNLP tagger;
    private static DependencyParser coreNlp;
    private static NeuralDependencyParser fast;

    @BeforeAll
    static void load() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("tokenize.language", "en");
        tagger = new StanfordCoreNLP(props);
        coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        fast = NeuralDependencyParser.load(new Properties());
    }

    @Test
    void writtenSentencesParseAsCoreNlpParsesThem() {
        assertSameParses(WRITTEN, 5);
    }

    @Test
    void aSamplePaperParsesAsCoreNlpParsesIt() throws Exception {
        String text = Files.readString(Path.of("..", "samples", "papers", "cdk-immune-review.md"));
        assertSameParses(text, 50);
    }

    private static void assertSameParses(String text, int atLeast) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > 120) {
                continue;
            }
            expected.add(graphs(coreNlp.predict(sentence)));
            actual.add(graphs(fast.parse(sentence)));
        }
        assertThat(actual).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String graphs(GrammaticalStructure gs) {
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
        SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
        return basic.toList() + "\n" + enhanced.toList();
    }
}
