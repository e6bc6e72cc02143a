package io.litmine.bench.modality;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.claim.modality.ModalityCueTagger;
import io.litmine.annotators.claim.modality.ModalityCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Runs CoreNLP ({@code tokenize,ssplit,pos,lemma}, each BioScope sentence as one sentence: BioScope's
 * split is the gold one) and the {@link ModalityCueTagger} over BioScope sentences.
 */
public final class CueTagging {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";

    private final StanfordCoreNLP pipeline;
    private final ModalityCueTagger tagger;

    public CueTagging() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("ssplit.isOneSentence", "true");
        this.pipeline = new StanfordCoreNLP(props);
        this.tagger = ModalityCueTagger.load();
    }

    public List<TaggedSentence> tag(List<BioScopeSentence> sentences) {
        List<TaggedSentence> out = new ArrayList<>(sentences.size());
        for (BioScopeSentence s : sentences) {
            out.add(tag(s));
        }
        return out;
    }

    TaggedSentence tag(BioScopeSentence s) {
        Annotation doc = new Annotation(s.text());
        pipeline.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences.isEmpty()) {
            return new TaggedSentence(s, List.of(), new ModalityCues(new TreeSet<>(), new TreeSet<>()));
        }
        CoreMap sentence = sentences.get(0);
        List<TaggedSentence.Token> tokens = new ArrayList<>();
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new TaggedSentence.Token(t.word(), t.lemma(), t.beginPosition(), t.endPosition()));
        }
        return new TaggedSentence(s, tokens, tagger.tag(sentence));
    }
}
