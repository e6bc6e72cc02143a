package io.litmine.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.drug.DrugAnnotator;
import io.litmine.annotators.gene.GeneAnnotator;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The annotators say what they touch: the drug annotator writes drug mentions only, the overlap
 * annotator (which requires both keys) decides between a gene and a drug over the same words, and
 * CoreNLP refuses a pipeline that runs it before the taggers.
 */
class MentionOverlapAnnotatorTest {

    private static CoreMap sentence(Annotation doc) {
        return doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    }

    @Test
    void theDrugTaggerLeavesGenesAloneAndTheOverlapAnnotatorDecides() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        Annotation doc = new Annotation("Patients received trastuzumab weekly.");
        new StanfordCoreNLP(props).annotate(doc);
        // A gene mention the lexicon names over the same words (as a gene tagger could give it).
        Mention gene = new Mention("trastuzumab", 18, 29, EntityType.GENE, "ERBB2", "HGNC:3430");
        sentence(doc).set(LitmineAnnotations.GeneMentionsAnnotation.class, List.of(gene));
        new DrugAnnotator("drugs", new Properties()).annotate(doc);
        // Both stand after the tagger: it decides nothing about genes.
        assertThat(sentence(doc).get(LitmineAnnotations.GeneMentionsAnnotation.class)).containsExactly(gene);
        assertThat(sentence(doc).get(LitmineAnnotations.DrugMentionsAnnotation.class)).extracting(Mention::text).contains("trastuzumab");
        new MentionOverlapAnnotator().annotate(doc);
        // A gene the lexicon names wins the words.
        assertThat(sentence(doc).get(LitmineAnnotations.GeneMentionsAnnotation.class)).containsExactly(gene);
        assertThat(sentence(doc).get(LitmineAnnotations.DrugMentionsAnnotation.class)).extracting(Mention::text).doesNotContain("trastuzumab");
    }

    @Test
    void itsRequirementsAreDeclaredAndEnforced() {
        assertThat(new MentionOverlapAnnotator().requires()).contains(LitmineAnnotations.GeneMentionsAnnotation.class,
                LitmineAnnotations.DrugMentionsAnnotation.class);
        assertThat(new DrugAnnotator("drugs", new Properties()).requirementsSatisfied())
                .doesNotContain(LitmineAnnotations.GeneMentionsAnnotation.class);
        assertThat(new GeneAnnotator("genes", new Properties()).requirementsSatisfied())
                .containsExactly(LitmineAnnotations.GeneMentionsAnnotation.class);
        Properties early = new Properties();
        early.setProperty("annotators", "tokenize,ssplit,overlaps,genes,drugs");
        early.setProperty("customAnnotatorClass.overlaps", MentionOverlapAnnotator.class.getName());
        early.setProperty("customAnnotatorClass.genes", GeneAnnotator.class.getName());
        early.setProperty("customAnnotatorClass.drugs", DrugAnnotator.class.getName());
        assertThatThrownBy(() -> new StanfordCoreNLP(early)).hasMessageContaining("overlaps");
    }
}
