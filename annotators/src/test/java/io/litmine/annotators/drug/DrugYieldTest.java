package io.litmine.annotators.drug;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.model.MentionMerger;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which of an overlapping gene and drug mention survives, given what the gene annotator found. */
class DrugYieldTest {

    private static List<Mention>[] run(String text, Mention gene) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(props).annotate(doc);
        CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        sentence.set(LitmineAnnotations.GeneMentionsAnnotation.class, List.of(gene));
        new DrugAnnotator("drugs", new Properties()).annotate(doc);
        new io.litmine.annotators.lexicon.MentionOverlapAnnotator().annotate(doc);
        @SuppressWarnings("unchecked")
        List<Mention>[] out = new List[] {sentence.get(LitmineAnnotations.GeneMentionsAnnotation.class),
            sentence.get(LitmineAnnotations.DrugMentionsAnnotation.class)};
        return out;
    }

    @Test
    void anAntibodyDrugBeatsAGeneSpanNoLexiconNames() {
        List<Mention>[] out = run("Patients received trastuzumab weekly.",
                new Mention("trastuzumab", 18, 29, EntityType.GENE, "trastuzumab", MentionMerger.UNNORMALISED_ID));
        assertThat(out[0]).isEmpty();
        assertThat(out[1]).extracting(Mention::name).containsExactly("trastuzumab");
    }

    @Test
    void aNamedGeneStillWins() {
        List<Mention>[] out = run("Patients received trastuzumab weekly.",
                new Mention("trastuzumab", 18, 29, EntityType.GENE, "ERBB2", "HGNC:3430"));
        assertThat(out[0]).hasSize(1);
        assertThat(out[1]).isEmpty();
    }
}
