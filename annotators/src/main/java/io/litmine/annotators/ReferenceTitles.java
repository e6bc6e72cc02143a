package io.litmine.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gene and drug names each reference title mentions, found by the same lexicon annotators as
 * the body, so synonyms count (a title saying "HER2" supports an ERBB2 claim). All titles go
 * through CoreNLP as one document, one paragraph each, which costs a single tokenizer pass.
 */
final class ReferenceTitles {

    private static final String PARAGRAPH = "\n\n";

    private ReferenceTitles() {
    }

    static Map<Integer, Set<String>> entities(StanfordCoreNLP tagger, List<Reference> references) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (Reference r : references) {
            String title = r.title() == null ? "" : r.title().replaceAll("\\s+", " ").strip();
            if (title.isEmpty()) {
                continue;
            }
            spans.add(new int[] {r.index(), text.length(), text.length() + title.length()});
            text.append(title).append(PARAGRAPH);
        }
        if (spans.isEmpty()) {
            return Map.of();
        }
        Annotation doc = new Annotation(text.toString());
        tagger.annotate(doc);
        Map<Integer, Set<String>> byReference = new HashMap<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Mention> mentions = new ArrayList<>(sentence.get(LitmineAnnotations.GeneMentionsAnnotation.class));
            mentions.addAll(sentence.get(LitmineAnnotations.DrugMentionsAnnotation.class));
            for (Mention m : mentions) {
                for (int[] span : spans) {
                    if (m.start() >= span[1] && m.end() <= span[2]) {
                        byReference.computeIfAbsent(span[0], k -> new LinkedHashSet<>()).add(m.name());
                    }
                }
            }
        }
        return byReference;
    }
}
