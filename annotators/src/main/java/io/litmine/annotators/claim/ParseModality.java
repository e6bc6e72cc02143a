package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Negation and hedging of a claim from the parse around its trigger, with the cues of
 * {@code modality-cues.tsv}: a negation is a cue dependent of the trigger ("does not inhibit", "no
 * effect", "without affecting") or an xcomp governor ("fails to activate", "unable to bind"); a hedge
 * is a cue on the trigger or on any clause that governs it ("we propose that ...", "may", "is likely
 * to"), never one in a sibling clause. Verbs coordinated under one subject share both ("did not bind
 * or activate").
 */
final class ParseModality {

    private static final Pattern DEPENDENT = Pattern.compile("advmod|aux|neg|det|mark|amod|case|cc:preconj|advmod:.*");
    private static final int MAX_CLIMB = 8;

    private final Set<String> negationDependents = new HashSet<>();
    private final Set<String> negationGovernors = new HashSet<>();
    /** The relations of a clause's subject. */
    private static final Pattern SUBJECT = Pattern.compile("(nsubj|csubj)(:pass)?");

    private final Set<String> hedgeDependents = new HashSet<>();
    /** Subordinators of an embedded question ("whether"), question-marks.txt. */
    private final Set<String> questionMarks = new HashSet<>();
    private final Set<String> hedgeGovernors = new HashSet<>();

    private final Set<String> weakenedAlone = new HashSet<>();
    private final Set<String> weakenedWithLess = new HashSet<>();

    ParseModality() {
        readWeakened();
        for (RuleFile.Line line : RuleFile.lines(ParseModality.class, "question-marks.txt")) {
            questionMarks.add(line.field(0));
        }
        for (RuleFile.Line line : RuleFile.lines(ParseModality.class, "modality-cues.tsv")) {
            boolean negation = line.field(1).equals("negation");
            boolean dependent = line.field(2).equals("dependent");
            (negation ? (dependent ? negationDependents : negationGovernors)
                    : (dependent ? hedgeDependents : hedgeGovernors)).add(line.field(0));
        }
    }

    /** Whether the claim carried by {@code trigger} (and {@code light}, a light verb, or null) is denied. */
    boolean negated(SemanticGraph g, IndexedWord trigger, IndexedWord light) {
        for (IndexedWord w = trigger; w != null; w = sharedSubjectHead(g, w)) {
            if (negatedHere(g, w) || (light != null && negatedHere(g, light))) {
                return true;
            }
        }
        return false;
    }

    private boolean negatedHere(SemanticGraph g, IndexedWord w) {
        if (hasCue(g, w, negationDependents)) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            // "no longer activates"
            if (e.getRelation().toString().startsWith("advmod") && e.getDependent().word().equalsIgnoreCase("longer")
                    && hasCue(g, e.getDependent(), negationDependents)) {
                return true;
            }
        }
        SemanticGraphEdge head = governingEdge(g, w);
        if (head != null && head.getRelation().toString().startsWith("conj") && negationGovernors.contains(ArgumentResolver.lemma(head.getGovernor()))
                && g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to"))) {
            // "failed to activate X and to induce Y", parsed with "to induce" beside "failed".
            return true;
        }
        IndexedWord x = w;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge in = governingEdge(g, x);
            if (in == null || !in.getRelation().toString().startsWith("xcomp")) {
                break;
            }
            x = in.getGovernor();
            if (negationGovernors.contains(ArgumentResolver.lemma(x)) || hasCue(g, x, negationDependents)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X was less effective at inhibiting Y", "X was ineffective in blocking Y": a weakened effect,
     * which GUIDELINE §2 leaves out (the cues are in weakened-cues.txt).
     */
    boolean weakened(SemanticGraph g, IndexedWord trigger) {
        IndexedWord w = trigger;
        for (int i = 0; i < 3 && w != null; i++) {
            String lemma = ArgumentResolver.lemma(w);
            if (weakenedAlone.contains(lemma)) {
                return true;
            }
            if (weakenedWithLess.contains(lemma) && g.outgoingEdgeList(w).stream().anyMatch(e ->
                    e.getRelation().toString().startsWith("advmod") && e.getDependent().word().equalsIgnoreCase("less"))) {
                return true;
            }
            SemanticGraphEdge in = governingEdge(g, w);
            w = in == null ? null : in.getGovernor();
        }
        return false;
    }

    /**
     * Whether the trigger's clause, or one above it, is an embedded question ("questioned whether X
     * is sufficient for Y"): asked, not asserted, so no claim. Climbs as a hedge does.
     */
    boolean questioned(SemanticGraph g, IndexedWord trigger) {
        IndexedWord w = trigger;
        for (int i = 0; i < MAX_CLIMB && w != null; i++) {
            IndexedWord node = w;
            if (g.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
                    && questionMarks.contains(ArgumentResolver.lemma(e.getDependent())))
                    // A misparse may hang the clause under the subordinator itself ("dep(whether, drives)").
                    || i > 0 && questionMarks.contains(ArgumentResolver.lemma(node))) {
                return true;
            }
            SemanticGraphEdge in = governingEdge(g, w);
            if (in == null || in.getRelation().toString().startsWith("conj") && hasOwnSubject(g, w)) {
                break;
            }
            w = in.getGovernor();
        }
        return false;
    }

    /** Whether a hedge cue sits on the trigger or on a clause above it. */
    boolean hedged(SemanticGraph g, IndexedWord trigger, IndexedWord light) {
        if (light != null && hasCue(g, light, hedgeDependents)) {
            return true;
        }
        IndexedWord w = trigger;
        for (int i = 0; i < MAX_CLIMB && w != null; i++) {
            if (hasCue(g, w, hedgeDependents) || (i > 0 && hedgeGovernors.contains(ArgumentResolver.lemma(w)))) {
                return true;
            }
            SemanticGraphEdge in = governingEdge(g, w);
            if (in == null) {
                break;
            }
            if (in.getRelation().toString().startsWith("conj") && hasOwnSubject(g, w)) {
                break;
            }
            IndexedWord governor = in.getGovernor();
            if (SUBJECT.matcher(in.getRelation().toString()).matches()
                    && (hedgeGovernors.contains(ArgumentResolver.lemma(governor)) || hasCue(g, governor, hedgeDependents))) {
                // "The finding that ErbB2 does not correlate with X suggests that ...": a claim inside the
                // subject of a hedge is what it reasons from, not what it hedges ("we propose that
                // X-dependent degradation of p27 contributes to ..." stays hedged: "contributes" hedges nothing).
                break;
            }
            w = in.getGovernor();
        }
        return false;
    }

    private void readWeakened() {
        for (RuleFile.Line line : RuleFile.lines(ParseModality.class, "weakened-cues.txt")) {
            String cue = line.field(0);
            if (cue.startsWith("less ")) {
                weakenedWithLess.add(cue.substring(5).strip());
            } else {
                weakenedAlone.add(cue);
            }
        }
    }

    private static boolean hasCue(SemanticGraph g, IndexedWord w, Set<String> cues) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (DEPENDENT.matcher(e.getRelation().toString()).matches() && cues.contains(ArgumentResolver.lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    /** The first conjunct of a verb coordinated with it under one subject, else null. */
    private static IndexedWord sharedSubjectHead(SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge in = governingEdge(g, w);
        if (in == null || !in.getRelation().toString().startsWith("conj") || hasOwnSubject(g, w)) {
            return null;
        }
        return in.getGovernor();
    }

    private static boolean hasOwnSubject(SemanticGraph g, IndexedWord w) {
        // A controlled verb's nsubj:xsubj is its controller's subject, not one of its own.
        return g.outgoingEdgeList(w).stream().anyMatch(e -> !e.isExtra() && e.getRelation().toString().startsWith("nsubj")
                && !e.getRelation().toString().equals("nsubj:xsubj"));
    }

    /** The word's syntactic head edge: the one incoming edge the enhanced graph did not add. */
    static SemanticGraphEdge governingEdge(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                return e;
            }
        }
        return null;
    }
}
