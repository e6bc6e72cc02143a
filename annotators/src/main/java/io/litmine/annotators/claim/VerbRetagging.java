package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.CoreLabel;
import io.litmine.corpus.model.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plural-noun tag the tagger gave a verb right after a named subject ("EGF blocks HC11 lactogenic
 * differentiation"), corrected to VBZ before the parse ({@code verb-retagging.txt}).
 */
final class VerbRetagging {

    private static final Set<String> NOUN_READINGS = Set.copyOf(RuleFile.lines(VerbRetagging.class, "verb-retagging.txt")
            .stream().map(l -> l.field(0).toLowerCase(Locale.ROOT)).toList());
    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");

    private VerbRetagging() {
    }

    /** Retags, in place, the verbs of {@code tokens} read as plural nouns; the number retagged. */
    static int apply(List<CoreLabel> tokens, List<Mention> mentions, ClaimLexicon lexicon) {
        int changed = 0;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            String verb = "NNS".equals(t.tag()) && !NOUN_READINGS.contains(word) ? lemma(word, lexicon) : null;
            if (verb == null || !entityEndsAt(tokens.get(i - 1), mentions) || !objectStart(tokens.get(i + 1), mentions)
                    || finiteBefore(tokens, i)) {
                continue;
            }
            t.setTag("VBZ");
            t.setLemma(verb);
            changed++;
        }
        return changed;
    }

    /** The verb trigger whose -s form {@code word} is, or null. */
    private static String lemma(String word, ClaimLexicon lexicon) {
        for (String stem : new String[] {word.endsWith("es") ? word.substring(0, word.length() - 2) : null,
                word.endsWith("s") ? word.substring(0, word.length() - 1) : null}) {
            if (stem != null && lexicon.trigger(Trigger.Kind.VERB, stem).isPresent()) {
                return stem;
            }
        }
        return null;
    }

    private static boolean entityEndsAt(CoreLabel t, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.end() == t.endPosition());
    }

    private static boolean objectStart(CoreLabel t, List<Mention> mentions) {
        String tag = t.tag() == null ? "" : t.tag();
        return tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("PRP$")
                || mentions.stream().anyMatch(m -> m.start() == t.beginPosition());
    }

    /** A finite verb earlier in the clause: then this token is more likely a noun ("X inhibits Y blocks"). */
    private static boolean finiteBefore(List<CoreLabel> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            CoreLabel t = tokens.get(k);
            String w = t.word();
            if (w.equals(",") || w.equals(";") || w.equalsIgnoreCase("that") || w.equalsIgnoreCase("and")
                    || w.equalsIgnoreCase("whereas") || w.equalsIgnoreCase("while")) {
                return false;
            }
            if (t.tag() != null && FINITE.contains(t.tag())) {
                return true;
            }
        }
        return false;
    }
}
