package io.litmine.annotators.claim.modality;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of {@code modality-cue-rules.tsv}: a sequence of token tests and what the tokens that are not
 * context become: a negation cue, a speculation cue, or no cue at all ({@code kind} null), which keeps
 * a single-word cue of {@code modality-cues.tsv} off them ("not only", "we could"). A rule that looks at
 * what the first pass tagged ({@code @hedge}) runs in the second pass.
 *
 * @param order the line's place in its file, to break ties between rules of one length
 */
record CueRule(List<TokenTest> tests, CueKind kind, int order) {

    CueRule {
        tests = List.copyOf(tests);
        if (tests.stream().allMatch(TokenTest::context)) {
            throw new IllegalArgumentException("a rule needs at least one token outside parentheses");
        }
        if (tests.get(0).isGap() || tests.get(tests.size() - 1).isGap()) {
            throw new IllegalArgumentException("a gap (...) must stand between two tests");
        }
    }

    /** Parses the pattern column: token tests separated by spaces; kind {@code null} for {@code none}. */
    static CueRule parse(String pattern, CueKind kind, int order) {
        List<TokenTest> tests = new ArrayList<>();
        for (String t : pattern.strip().split(" +")) {
            tests.add(TokenTest.parse(t));
        }
        return new CueRule(tests, kind, order);
    }

    /** Tests other than gaps: how specific the rule is. */
    int length() {
        return (int) tests.stream().filter(t -> !t.isGap()).count();
    }

    boolean secondPass() {
        return tests.stream().anyMatch(t -> t.tagged() != null);
    }

    /**
     * The positions the rule claims (its tests outside parentheses) when it matches with its first test
     * at {@code start}, the shortest gaps first; null when it does not match.
     */
    List<Integer> match(SentenceTokens s, int start, CueKind[] kinds) {
        List<Integer> claimed = new ArrayList<>();
        return match(s, 0, start, kinds, claimed) ? claimed : null;
    }

    private boolean match(SentenceTokens s, int test, int at, CueKind[] kinds, List<Integer> claimed) {
        if (test == tests.size()) {
            return true;
        }
        TokenTest t = tests.get(test);
        if (t.isGap()) {
            for (int skip = 0; skip <= t.gap() && at + skip < s.size(); skip++) {
                if (match(s, test + 1, at + skip, kinds, claimed)) {
                    return true;
                }
                if (!TokenTest.gapMayCross(s, at + skip)) {
                    return false;
                }
            }
            return false;
        }
        if (at >= s.size() || !t.matches(s, at, kinds)) {
            return false;
        }
        int mark = claimed.size();
        if (!t.context()) {
            claimed.add(at);
        }
        if (match(s, test + 1, at + 1, kinds, claimed)) {
            return true;
        }
        claimed.subList(mark, claimed.size()).clear();
        return false;
    }
}
