package io.litmine.annotators.model;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import io.litmine.annotators.LitmineAnnotations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The mention models' features (genes and chemicals alike), a CoreNLP {@link FeatureFactory} registered through the CRF's
 * {@code featureFactory} flag, so CoreNLP trains the model on exactly the features
 * {@link CrfDecoder} computes when tagging. Written for the gene task rather than taken from
 * CoreNLP's general {@code NERFeatureFactory} for two reasons, both measured (docs/entities.md):
 * that factory's feature method is too large for the JIT compiler ({@code DontCompileHugeMethods}),
 * so it runs interpreted and tagging cost +36 % over {@code tokenize,ssplit,pos,lemma}; and it
 * cannot read the lexicon, the strongest single clue to a gene name.
 *
 * <p>Per token ({@code |C}): the word, cased and lower-cased; its neighbours within three, lower-cased; the two
 * word pairs; prefixes and suffixes up to {@value #AFFIX} characters ({@code IL}, {@code CD},
 * {@code -ase}, {@code -in}); character 3- and 4-grams; a length bin; word shapes of it and its neighbours ({@code p53}, {@code BRCA1},
 * {@code Ras} differ); and the dictionary's verdict on it and its neighbours within two
 * ({@link LitmineAnnotations.LexiconTagAnnotation}). Per label pair ({@code |CpC}): a bias, the
 * shape and the dictionary verdicts, which let a mention continue over "- 2" or "alpha".
 */
public final class MentionFeatures extends FeatureFactory<CoreLabel> {

    private static final long serialVersionUID = 1L;
    static final int AFFIX = 4;
    private static final String PAD = "<pad>";
    private static final String OUTSIDE = "O";

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
        List<String> out = new ArrayList<>(24);
        if (clique == cliqueC) {
            tokenFeatures(info, position, out);
        } else if (clique == cliqueCpC) {
            transitionFeatures(info, position, out);
        }
        return out;
    }

    // Each feature string is built once, clique suffix included (|C, |CpC, as CoreNLP's own factory
    // names them): the strings and their index lookups are most of the model's cost.
    private static void tokenFeatures(PaddedList<CoreLabel> info, int i, List<String> out) {
        wordFeatures(word(info, i), out);
        contextFeatures(info, i, out);
    }

    /**
     * The token features that depend on the word alone, not on its neighbours or the dictionary:
     * the same word always fires the same ones, so the decoder sums their weights once per word
     * ({@link CrfDecoder}).
     */
    static void wordFeatures(String word, List<String> out) {
        String lower = word.toLowerCase(Locale.ROOT);
        int length = word.length();
        out.add("W=" + word + "|C");
        out.add("WL=" + lower + "|C");
        for (int n = 1; n <= Math.min(AFFIX, length); n++) {
            out.add("P" + n + '=' + word.substring(0, n) + "|C");
            out.add("S" + n + '=' + word.substring(length - n) + "|C");
        }
        out.add("SH=" + shape(word) + "|C");
        // Character 3- and 4-grams of the word with its edges marked ("<IL", "kin", "ase>"): BANNER's
        // and Gimli's strongest single addition; with the lower-cased word, wider word and lexicon
        // windows and a length bin, +0.0055 F1 on BC2GM devel (docs/entities.md).
        String marked = "<" + word + ">";
        for (int n = 3; n <= 4; n++) {
            for (int k = 0; k + n <= marked.length(); k++) {
                out.add("NG=" + marked.substring(k, k + n) + "|C");
            }
        }
        out.add("LEN=" + Math.min(length, 8) + "|C");
    }

    /** The token features that read the neighbours or the dictionary's verdicts. */
    static void contextFeatures(PaddedList<CoreLabel> info, int i, List<String> out) {
        String lower = lower(info, i);
        String prev = lower(info, i - 1);
        String next = lower(info, i + 1);
        out.add("W-1=" + prev + "|C");
        out.add("W+1=" + next + "|C");
        out.add("W-2=" + lower(info, i - 2) + "|C");
        out.add("W+2=" + lower(info, i + 2) + "|C");
        out.add("W-3=" + lower(info, i - 3) + "|C");
        out.add("W+3=" + lower(info, i + 3) + "|C");
        out.add("W-1W=" + prev + '_' + lower + "|C");
        out.add("WW+1=" + lower + '_' + next + "|C");
        String shape = shape(word(info, i));
        String prevShape = shape(word(info, i - 1));
        String nextShape = shape(word(info, i + 1));
        out.add("SH-1=" + prevShape + "|C");
        out.add("SH+1=" + nextShape + "|C");
        out.add("SH3=" + prevShape + '_' + shape + '_' + nextShape + "|C");
        String lex = lexicon(info, i);
        out.add("LX=" + lex + "|C");
        out.add("LX-1=" + lexicon(info, i - 1) + "|C");
        out.add("LX+1=" + lexicon(info, i + 1) + "|C");
        out.add("LX-2=" + lexicon(info, i - 2) + "|C");
        out.add("LX+2=" + lexicon(info, i + 2) + "|C");
        out.add("LXSH=" + lex + '_' + shape + "|C");
    }

    private static void transitionFeatures(PaddedList<CoreLabel> info, int i, List<String> out) {
        out.add("PSEQ|CpC");
        out.add("PSEQSH=" + shape(word(info, i)) + "|CpC");
        out.add("PSEQLX=" + lexicon(info, i - 1) + '_' + lexicon(info, i) + "|CpC");
    }

    /** The word at {@code i}; outside the sentence a padding word (CoreNLP's pad token is shared, never read). */
    private static String word(PaddedList<CoreLabel> info, int i) {
        if (i < 0 || i >= info.size()) {
            return PAD;
        }
        String word = info.get(i).word();
        return word == null ? PAD : word;
    }

    private static String lower(PaddedList<CoreLabel> info, int i) {
        return word(info, i).toLowerCase(Locale.ROOT);
    }

    private static String lexicon(PaddedList<CoreLabel> info, int i) {
        if (i < 0 || i >= info.size()) {
            return OUTSIDE;
        }
        String tag = info.get(i).get(LitmineAnnotations.LexiconTagAnnotation.class);
        return tag == null ? OUTSIDE : tag;
    }

    /**
     * Word shape: upper case {@code X}, lower case {@code x}, digit {@code d}, Greek {@code g}, other
     * characters as they are, runs collapsed ({@code BRCA1} → {@code Xd}, {@code p27kip1} →
     * {@code xdxd}, {@code IL-2} → {@code X-d}); words of up to two letters are kept whole in
     * shape ({@code XX}), since the length of a short symbol matters.
     */
    static String shape(String word) {
        if (PAD.equals(word)) {
            return PAD;
        }
        StringBuilder out = new StringBuilder(Math.min(word.length(), 8));
        char last = 0;
        boolean shortWord = word.length() <= 2;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            char s;
            if (c >= '\u0391' && c <= '\u03c9') {
                s = 'g';
            } else if (Character.isUpperCase(c)) {
                s = 'X';
            } else if (Character.isLowerCase(c)) {
                s = 'x';
            } else if (Character.isDigit(c)) {
                s = 'd';
            } else {
                s = c;
            }
            if (s != last || shortWord) {
                out.append(s);
                last = s;
            }
        }
        return out.toString();
    }
}
