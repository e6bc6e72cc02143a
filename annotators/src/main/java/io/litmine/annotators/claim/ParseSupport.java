package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence's parse contradicts a pairing the lemma-cue rules made by word order. The rules
 * take the nearest entity on each side of a cue; the basic dependency tree shows when that entity sits
 * in an earlier conjunct than the cue ("expression of Fas and FasL, as well as activation of caspase 3";
 * "apomorphine-induced climbing and amphetamine-induced locomotion"; "potentiating X-induced
 * catalepsy, reducing Y-induced hyperactivity") or in a later clause with its own subject ("MMP-2
 * increased in these rats and captopril inhibited it"), or is only the term of a comparison ("a higher incidence
 * ... than quetiapine"). Such a pair is a neighbour in the word order and nothing the cue says
 * (GUIDELINE §2: the relation is carried by the verb or the event). A subject or object shared by
 * coordinated verbs ("X normalises and regresses Y") is the exception the tree itself marks: it hangs on
 * the first verb as its core argument. An "X-induced" modifier speaks of the noun it modifies, so an
 * argument outside that noun's phrase is no partner of X ("In X-induced hyperalgesia, NOS activates
 * ..."). An argument in the "of" phrase right after the cue or its noun is always the cue's, whatever
 * the parser attached that phrase to ("c-Src-mediated phosphorylation of the EGFR").
 */
final class ParseSupport {

    /** The words that may stand between a noun and the head of its "of" phrase. */
    private static final Set<String> OF_PHRASE = Set.of("of", "the", "a", "an");
    /** Case markers of a comparison's term. */
    private static final Set<String> COMPARISON = Set.of("than", "versus", "vs", "vs.");
    /** Relations of a first conjunct that its later conjuncts share: "X normalises and regresses Y". */
    private static final Pattern SHARED = Pattern.compile("nsubj(:.*)?|csubj(:.*)?|obj|iobj");

    private ParseSupport() {
    }

    /** False when the tree puts an argument in a conjunct the cue is not in, or in a comparison's term. */
    static boolean links(SemanticGraph tree, int cueFirst, int cueLast, Argument subject, Argument object) {
        IndexedWord cue = head(tree, cueFirst, cueLast);
        return cue == null || (supports(tree, cue, subject) && supports(tree, cue, object));
    }

    private static boolean supports(SemanticGraph tree, IndexedWord cue, Argument argument) {
        IndexedWord arg = head(tree, argument.firstTok(), argument.lastTok());
        if (arg == null) {
            return true;
        }
        int argStart = argument.firstTok() + 1;
        List<IndexedWord> cueUp = ancestors(tree, cue);
        List<IndexedWord> argUp = ancestors(tree, arg);
        boolean modifier = cueUp.size() > 1 && relation(tree, cueUp.get(1), cue).equals("amod");
        if (ofPhrase(tree, cue, argStart) || modifier && ofPhrase(tree, cueUp.get(1), argStart)) {
            // Right after the cue or the noun it modifies, whatever the parser attached the phrase to.
            return true;
        }
        IndexedWord top = null;
        for (IndexedWord w : cueUp) {
            if (argUp.contains(w)) {
                top = w;
                break;
            }
        }
        if (top == null) {
            return true;
        }
        int cueDepth = cueUp.indexOf(top);
        List<IndexedWord> argSide = argUp.subList(0, argUp.indexOf(top));
        for (IndexedWord w : argSide) {
            if (tree.getChildren(w).stream().anyMatch(c -> COMPARISON.contains(c.word().toLowerCase(Locale.ROOT))
                    && relation(tree, w, c).equals("case"))) {
                return false;
            }
        }
        if (modifier && cueDepth > 1
                && tree.getChildren(cue).stream().anyMatch(c -> c.index() < cue.index() && !relation(tree, cue, c).matches("punct|advmod"))) {
            // "In X-induced hyperalgesia, NOS ...": a participle modifier says something of the noun it modifies.
            return false;
        }
        List<IndexedWord> cueSide = cueUp.subList(0, cueDepth);
        String argFirst = argSide.isEmpty() ? "" : relation(tree, top, argSide.get(argSide.size() - 1));
        String cueFirst = cueSide.isEmpty() ? "" : relation(tree, top, cueSide.get(cueSide.size() - 1));
        if (argFirst.startsWith("conj") && !cueFirst.startsWith("conj") && clause(tree, argSide.get(argSide.size() - 1))) {
            // The argument is in a later clause, with its own subject, than the cue: "MMP-2 increased in
            // these rats and captopril inhibited it" (conjoined nouns are lists and pairs: "crosstalk
            // between ER and the HER family"; a verb sharing the cue's subject may restate its object).
            return false;
        }
        // The cue is in a later conjunct: only the first conjunct's core arguments are shared with it.
        return !cueFirst.startsWith("conj") || SHARED.matcher(argFirst).matches();
    }

    /**
     * "X-mediated phosphorylation of the EGFR": the argument right after the modified noun, in its "of"
     * phrase by the word order, whatever the parser attached that phrase to.
     */
    private static boolean ofPhrase(SemanticGraph tree, IndexedWord noun, int argStart) {
        if (argStart <= noun.index() + 1) {
            return false;
        }
        for (int i = noun.index() + 1; i < argStart; i++) {
            IndexedWord w = tree.getNodeByIndexSafe(i);
            if (w == null || !OF_PHRASE.contains(w.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A verb with a subject of its own. */
    private static boolean clause(SemanticGraph tree, IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB")
                && tree.getChildren(w).stream().anyMatch(c -> relation(tree, w, c).startsWith("nsubj"));
    }

    /** The node itself, then its governors up to the root. */
    private static List<IndexedWord> ancestors(SemanticGraph tree, IndexedWord w) {
        List<IndexedWord> up = new ArrayList<>();
        for (IndexedWord x = w; x != null && !up.contains(x); x = tree.getParent(x)) {
            up.add(x);
        }
        return up;
    }

    private static String relation(SemanticGraph tree, IndexedWord governor, IndexedWord dependent) {
        SemanticGraphEdge e = tree.getEdge(governor, dependent);
        return e == null ? "" : e.getRelation().toString();
    }

    /** The token of a span (0-based, inclusive) whose governor lies outside it. */
    private static IndexedWord head(SemanticGraph tree, int first, int last) {
        IndexedWord fallback = null;
        for (int t = first; t <= last; t++) {
            IndexedWord w = tree.getNodeByIndexSafe(t + 1);
            if (w == null) {
                continue;
            }
            fallback = fallback == null ? w : fallback;
            IndexedWord parent = tree.getParent(w);
            if (parent == null || parent.index() - 1 < first || parent.index() - 1 > last) {
                return w;
            }
        }
        return fallback;
    }
}
