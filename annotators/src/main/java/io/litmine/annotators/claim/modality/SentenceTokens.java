package io.litmine.annotators.claim.modality;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;

/** The lower-cased lemmas, words and POS tags of a CoreNLP sentence, read once. */
final class SentenceTokens {

    private final String[] lemmas;
    private final String[] forms;
    private final String[] words;
    private final String[] tags;

    SentenceTokens(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            throw new IllegalArgumentException("the sentence has no tokens (run tokenize,ssplit,pos,lemma first)");
        }
        int n = tokens.size();
        lemmas = new String[n];
        forms = new String[n];
        words = new String[n];
        tags = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel t = tokens.get(i);
            forms[i] = t.word();
            words[i] = t.word().toLowerCase(Locale.ROOT);
            lemmas[i] = t.lemma() == null ? words[i] : t.lemma().toLowerCase(Locale.ROOT);
            tags[i] = t.tag() == null ? "" : t.tag();
        }
    }

    int size() {
        return lemmas.length;
    }

    String lemma(int i) {
        return lemmas[i];
    }

    /** The word as written. */
    String word(int i) {
        return forms[i];
    }

    String lowerWord(int i) {
        return words[i];
    }

    String tag(int i) {
        return tags[i];
    }
}
