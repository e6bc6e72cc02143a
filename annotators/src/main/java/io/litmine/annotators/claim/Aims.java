package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tokens of a sentence that state an aim, not a claim (GUIDELINE §2): the object of a verb of
 * inquiry ({@code inquiry-verbs.txt}: "we examined the effect of X on Y") and a "whether"/"if" clause it
 * governs ("to determine whether X activates Y"). Relative clauses inside them stay assertions ("the
 * effects of TGFβ, which induces apoptosis"), and so does "the hypothesis that X" (a hedged claim).
 */
final class Aims {

    private static final Set<String> INQUIRY = Set.copyOf(RuleFile.lines(Aims.class, "inquiry-verbs.txt").stream()
            .map(l -> l.field(0).toLowerCase(Locale.ROOT)).toList());
    /** What an inquiry verb investigates: its object or a prepositional object ("a study of X"). */
    private static final Pattern OBJECT = Pattern.compile("obj|nmod:.*|obl:(of|on|into)");
    /** A clause it governs: a "whether"/"if" question. */
    private static final Pattern CLAUSE = Pattern.compile("ccomp|advcl|xcomp");
    /** Where an aim's subtree stops: relative clauses and nouns of hypothesis are asserted or hedged. */
    private static final Pattern ASSERTED = Pattern.compile("acl:relcl|acl|appos|parataxis");
    private static final Set<String> HYPOTHESIS = Set.of("hypothesis", "idea", "notion", "possibility", "model");

    private Aims() {
    }

    /** The 0-based indexes of the tokens that state an aim in {@code graph}'s sentence. */
    static Set<Integer> of(SemanticGraph graph) {
        Set<Integer> out = new HashSet<>();
        for (IndexedWord v : graph.vertexSet()) {
            if (v.tag() == null || !v.tag().startsWith("VB") || !INQUIRY.contains(ArgumentResolver.lemma(v))) {
                continue;
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeList(v)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                // A noun object only: "we determined that X ..." is a finding, though "that" may parse as obj.
                boolean noun = d.tag() != null && d.tag().startsWith("NN");
                if (OBJECT.matcher(rel).matches() && noun && !HYPOTHESIS.contains(ArgumentResolver.lemma(d))
                        || CLAUSE.matcher(rel).matches() && question(graph, d)) {
                    subtree(graph, d, out);
                }
            }
        }
        return out;
    }

    private static boolean question(SemanticGraph graph, IndexedWord clause) {
        return graph.outgoingEdgeList(clause).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
                && (e.getDependent().word().equalsIgnoreCase("whether") || e.getDependent().word().equalsIgnoreCase("if")));
    }

    private static void subtree(SemanticGraph graph, IndexedWord root, Set<Integer> out) {
        Deque<IndexedWord> todo = new ArrayDeque<>();
        todo.push(root);
        Set<IndexedWord> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (!seen.add(w)) {
                continue;
            }
            out.add(w.index() - 1);
            for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                if (!ASSERTED.matcher(e.getRelation().toString()).matches()) {
                    todo.push(e.getDependent());
                }
            }
        }
    }
}
