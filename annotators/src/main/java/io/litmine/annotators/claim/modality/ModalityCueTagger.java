package io.litmine.annotators.claim.modality;

import edu.stanford.nlp.util.CoreMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Negation and speculation cue tokens of a sentence, BioScope style: the cue words themselves ("not",
 * "no", "without", "lack", "may", "suggest", "whether", "indicate that", "rather than"), not their
 * scope. Needs CoreNLP's {@code tokenize,ssplit,pos,lemma} and no parse: the cues are read off
 * words, tags and their neighbours, and a dependency graph on the sentence is not consulted.
 *
 * <p>Two resources drive it. {@code modality-cues.tsv}, the claim extractor's cue list, gives the
 * single-word cues; {@code modality-cue-rules.tsv} gives token patterns, tried first, longest first:
 * multi-word cues, words that are cues only in some contexts, and contexts in which a listed word is
 * no cue ("not only"; "whether or not" is one speculation cue, "can not" one negation cue). Then the
 * single-word cues go on the tokens left, and last, on the tokens still free, the rules that need a
 * cue of the first pass nearby: "or" close behind one ("may inhibit or delay"), "either ... or"
 * after one ("suggest that either A or B"), but not in a plain coordination.
 *
 * <p>Immutable and safe to share between threads; build it once.
 */
public final class ModalityCueTagger {

    private final Map<String, CueKind> words;
    private final List<CueRule> firstPass;
    private final List<CueRule> secondPass;

    private ModalityCueTagger(Map<String, CueKind> words, List<CueRule> rules) {
        this.words = Map.copyOf(words);
        List<CueRule> sorted = rules.stream()
                .sorted(Comparator.comparingInt(CueRule::length).reversed().thenComparingInt(CueRule::order))
                .toList();
        this.firstPass = sorted.stream().filter(r -> !r.secondPass()).toList();
        this.secondPass = sorted.stream().filter(CueRule::secondPass).toList();
    }

    /** The tagger with the cue resources on the class path; {@link ModalityCueException} if one is missing or malformed. */
    public static ModalityCueTagger load() {
        return new ModalityCueTagger(CueResources.cues(CueResources.CUES), CueResources.rules(CueResources.RULES));
    }

    /** The cue tokens of {@code sentence}, a CoreNLP sentence with tokens, POS tags and lemmas. */
    public ModalityCues tag(CoreMap sentence) {
        SentenceTokens s = new SentenceTokens(sentence);
        int n = s.size();
        boolean[] claimed = new boolean[n];
        CueKind[] kinds = new CueKind[n];
        apply(firstPass, s, claimed, kinds, null);
        for (int i = 0; i < n; i++) {
            if (!claimed[i] && words.containsKey(s.lemma(i))) {
                kinds[i] = words.get(s.lemma(i));
                claimed[i] = true;
            }
        }
        apply(secondPass, s, claimed, kinds, kinds.clone());
        TreeSet<Integer> negation = new TreeSet<>();
        TreeSet<Integer> speculation = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (kinds[i] != null) {
                (kinds[i] == CueKind.NEGATION ? negation : speculation).add(i);
            }
        }
        return new ModalityCues(negation, speculation);
    }

    /** Applies {@code rules} in order, each wherever it matches on tokens no earlier rule claimed. */
    private static void apply(List<CueRule> rules, SentenceTokens s, boolean[] claimed, CueKind[] kinds, CueKind[] firstPass) {
        for (CueRule rule : rules) {
            for (int i = 0; i < s.size(); i++) {
                List<Integer> tokens = rule.match(s, i, firstPass);
                if (tokens == null || tokens.stream().anyMatch(t -> claimed[t])) {
                    continue;
                }
                for (int t : tokens) {
                    claimed[t] = true;
                    kinds[t] = rule.kind();
                }
            }
        }
    }
}
