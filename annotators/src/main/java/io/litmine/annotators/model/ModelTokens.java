package io.litmine.annotators.model;

import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the gene model sees: runs of letters and digits, and every other visible character
 * on its own. This is how BC2GM (and the other BioNLP IOB sets) are tokenised, so a model trained
 * on them sees the same units at tagging time whatever CoreNLP's tokeniser did: it keeps
 * {@code S-100} or {@code IL-2Ralpha} whole, the training data has {@code S - 100}.
 */
public final class ModelTokens {

    private ModelTokens() {
    }

    /** The model tokens inside the given CoreNLP token spans (offsets into {@code text}). */
    public static List<Span> split(String text, List<Span> tokens) {
        List<Span> out = new ArrayList<>();
        for (Span token : tokens) {
            int i = token.start();
            while (i < token.end()) {
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    i += width;
                } else if (Character.isLetterOrDigit(cp)) {
                    int start = i;
                    while (i < token.end() && Character.isLetterOrDigit(text.codePointAt(i))) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                    out.add(new Span(start, i));
                } else {
                    out.add(new Span(i, i + width));
                    i += width;
                }
            }
        }
        return out;
    }
}
