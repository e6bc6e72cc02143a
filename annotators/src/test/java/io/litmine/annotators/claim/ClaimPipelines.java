package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.PaperAnnotator;
import io.litmine.corpus.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The claim pipeline with one extractor ({@code claims.extractor}: syntax, rules or union), for tests. */
final class ClaimPipelines {

    private ClaimPipelines() {
    }

    static StanfordCoreNLP with(String extractor) {
        Properties props = PaperAnnotator.properties(AnnotatorConfig.defaults());
        props.setProperty("claims.extractor", extractor);
        return new StanfordCoreNLP(props);
    }

    /** The claims of every sentence of {@code text}, annotated by {@code pipeline}. */
    static List<Claim> claims(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        doc.set(LitmineAnnotations.ReferencesAnnotation.class, List.of());
        pipeline.annotate(doc);
        List<Claim> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.addAll(s.get(LitmineAnnotations.ClaimsAnnotation.class));
        }
        return out;
    }
}
