package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds claims on a sentence's enhanced++ dependency graph: every pattern of
 * {@code claim-patterns.semgrex} names a trigger and the nodes of its subject and object; the nodes are
 * read as arguments with their states ({@link ArgumentResolver}), the trigger's effect is composed with
 * what the object phrase says ("blocks HER2 phosphorylation" inhibits HER2), and negation and hedging
 * come from the parse around the trigger ({@link ParseModality}). No gene, drug or sentence is named
 * here: the vocabulary is in the resource files.
 */
final class SyntaxExtractor {

    /** Verb tags a question asks (finite, base, gerund); a participle there mostly modifies a noun. */
    private static final java.util.regex.Pattern QUESTIONABLE_VERB = java.util.regex.Pattern.compile("VB[DPZG]?");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyntaxExtractor.class);

    /** Relations whose object is a drug. */
    private static final Set<Relation> DRUG_RELATIONS = Set.of(Relation.CAUSES_RESISTANCE, Relation.RESTORES_SENSITIVITY);
    /** Relations with no direction: a process subject and an entity object swap so the entity reads first. */
    private static final Set<Relation> SYMMETRIC = Set.of(Relation.ASSOCIATED_WITH, Relation.INTERACTS, Relation.BINDS);
    private static final int MAX_INHERIT = 4;
    /** Relations a subject is inherited through: controlled, adverbial, relative and coordinated clauses. */
    private static final java.util.regex.Pattern INHERIT_THROUGH = java.util.regex.Pattern.compile(
            "xcomp|advcl(:.*)?|acl(:.*)?|conj(:.*)?|obl(:.*)?|amod|ccomp");

    private final ClaimLexicon lexicon;
    private final List<ClaimPattern> patterns;
    private final ParseModality modality;

    SyntaxExtractor() {
        this.lexicon = ClaimLexicon.get();
        this.patterns = ClaimPatterns.load(lexicon);
        this.modality = new ParseModality();
    }

    /** A match before the nominal check: the claim and the token indexes its arguments were read from. */
    private record Candidate(SyntacticClaim claim, boolean condition, int trigger, int objectHead, Set<Integer> objectNodes) {
    }

    /**
     * Whether the token (0-based) is a verb of an embedded question of the parse ("whether X activates
     * Y"); a noun or participle there names a presupposed event ("the estrogen-induced LH surge").
     */
    boolean asked(SemanticGraph g, int tok) {
        IndexedWord w = g.getNodeByIndexSafe(tok + 1);
        return w != null && w.tag() != null && QUESTIONABLE_VERB.matcher(w.tag()).matches() && modality.questioned(g, w);
    }

    List<SyntacticClaim> extract(SemanticGraph graph, String text, List<Tok> toks, List<Argument> args, List<Mention> mentions) {
        ArgumentResolver resolver = new ArgumentResolver(graph, text, toks, args, lexicon);
        ManipulatedSamples samples = new ManipulatedSamples(graph, text, toks, args, mentions, lexicon);
        List<Candidate> found = new ArrayList<>();
        for (ClaimPattern p : patterns) {
            SemgrexMatcher m = p.pattern().matcher(graph);
            while (m.find()) {
                match(graph, resolver, samples, p, m, found);
            }
        }
        // Reading order of the relation cues, whatever the order of the patterns.
        found.sort(java.util.Comparator.comparingInt(Candidate::trigger));
        List<SyntacticClaim> out = new ArrayList<>();
        for (Candidate c : found) {
            if (c.condition() && presupposed(c, found)) {
                continue;
            }
            if (out.stream().noneMatch(o -> same(o, c.claim()))) {
                out.add(c.claim());
            }
        }
        return out;
    }

    private void match(SemanticGraph g, ArgumentResolver resolver, ManipulatedSamples samples, ClaimPattern p, SemgrexMatcher m,
                       List<Candidate> found) {
        IndexedWord trigger = m.getNode("trigger");
        IndexedWord object = m.getNode("object");
        IndexedWord light = m.getNode("light");
        IndexedWord subject = describedSubject(g,
                p.has(ClaimPattern.Flag.INHERIT) ? inheritedSubject(g, trigger, object) : m.getNode("subject"));
        if (p.has(ClaimPattern.Flag.SWAP)) {
            IndexedWord s = subject;
            subject = object;
            object = s;
        }
        Optional<Trigger> t = trigger(g, trigger);
        if (subject == null || object == null || t.isEmpty() || subject.equals(object)) {
            return;
        }
        IndexedWord prepObject = p.has(ClaimPattern.Flag.SWAP) ? subject : object;
        if (p.has(ClaimPattern.Flag.PREP) && (!takesObject(g, trigger, light, prepObject, t.get())
                || fronted(trigger, prepObject, prepObject == subject ? object : subject))) {
            return;
        }
        if (modality.weakened(g, trigger) || !p.has(ClaimPattern.Flag.NOMINAL) && modality.questioned(g, trigger)) {
            // An embedded question asks its predicate; the events it names as nouns stay presupposed.
            return;
        }
        Effect effect = adjectiveEffect(g, trigger).orElse(t.get().effect());
        Relation fixed = p.has(ClaimPattern.Flag.PASSIVE) && t.get().passive() != null ? t.get().passive() : t.get().fixed();
        boolean negated = modality.negated(g, trigger, light);
        boolean hedged = modality.hedged(g, trigger, light);
        if (p.has(ClaimPattern.Flag.PAIR) && subject.index() > object.index()) {
            // "between X and Y" matches both ways round: the pair once, in the order written.
            return;
        }
        if (!p.has(ClaimPattern.Flag.PAIR) && !p.has(ClaimPattern.Flag.RECIPROCAL) && conjuncts(g, subject, object)) {
            // "inhibiting PI3K, Akt or mTOR": members of one coordination do not act on each other.
            return;
        }
        boolean pair = p.has(ClaimPattern.Flag.PAIR);
        List<Resolved> subjects = p.has(ClaimPattern.Flag.SAMPLE) ? samples.deprivedOf(subject)
                : resolver.resolve(subject, ArgumentResolver.Role.SUBJECT, trigger);
        for (Resolved s : members(subjects, pair)) {
            for (Resolved o : members(resolver.resolve(object, ArgumentResolver.Role.OBJECT, trigger), pair)) {
                // "promotes proliferation but not tumour growth": a conjunct denied on its own.
                boolean denied = negated || deniedConjunct(g, s.argument()) || deniedConjunct(g, o.argument());
                SyntacticClaim claim = claim(s, o, effect, fixed, denied, hedged, p.name());
                if (claim != null && DRUG_RELATIONS.contains(claim.relation()) && !claim.object().isEntity()) {
                    SyntacticClaim c = claim;
                    claim = resolver.inducingTherapy(c.object()).map(therapy -> new SyntacticClaim(c.subject(), c.subjectState(),
                            c.relation(), therapy, ArgumentState.NONE, c.negated(), c.hedged(), c.pattern())).orElse(c);
                }
                if (claim != null && p.has(ClaimPattern.Flag.CONDITION) && claim.subject().isDrug()) {
                    // "trastuzumab-mediated growth inhibition": a drug's effect named as a condition, not claimed (GUIDELINE §2).
                    continue;
                }
                if (claim != null) {
                    LOG.debug("{}: {} {} {} (trigger {}, negated {}, hedged {})", p.name(), claim.subject().text(),
                            claim.relation(), claim.object().text(), trigger.word(), negated, hedged);
                    found.add(new Candidate(claim, p.has(ClaimPattern.Flag.CONDITION), trigger.index() - 1, object.index() - 1,
                            o.nodes()));
                }
            }
        }
    }

    /**
     * "the interaction between EGFR and Shc/Src": a side of a pair that is itself a "/" pair of two
     * interacts member by member (EGFR with SHC1, EGFR with SRC); other arguments stay as they are.
     */
    private static List<Resolved> members(List<Resolved> resolved, boolean pair) {
        if (!pair) {
            return resolved;
        }
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : resolved) {
            for (Argument m : ClaimExtractor.members(r.argument())) {
                out.add(new Resolved(m, r.state(), r.effect(), r.nodes()));
            }
        }
        return out;
    }

    /**
     * "PTEN is a lipid phosphatase that inhibits AKT", "the PI-3-kinases are a kinase family that plays
     * a role in proliferation": the relative clause's antecedent is a predicate nominal, a description
     * of the copula's subject; that subject is who acts.
     */
    private static IndexedWord describedSubject(SemanticGraph g, IndexedWord subject) {
        if (subject == null) {
            return null;
        }
        boolean copular = false;
        boolean relative = false;
        IndexedWord described = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
            String rel = e.getRelation().toString();
            copular |= rel.equals("cop");
            relative |= rel.equals("acl:relcl");
            if (rel.equals("nsubj")) {
                described = e.getDependent();
            }
        }
        return copular && relative && described != null ? described : subject;
    }

    /** An argument whose head has its own "not" ("and not PI3K", "but not tumour growth"). */
    private static boolean deniedConjunct(SemanticGraph g, Argument a) {
        IndexedWord head = g.getNodeByIndexSafe(a.lastTok() + 1);
        if (head == null) {
            return false;
        }
        List<String> in = g.incomingEdgeList(head).stream().map(e -> e.getRelation().toString()).toList();
        // CoreNLP marks "but not Y" as conj:negcc; "X and not Y" as a conjunct with its own "not".
        return in.contains("conj:negcc") || in.stream().anyMatch(r -> r.startsWith("conj"))
                && g.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().matches("advmod|cc")
                && e.getDependent().word().equalsIgnoreCase("not") && e.getDependent().index() < head.index());
    }

    private static SyntacticClaim claim(Resolved s, Resolved o, Effect effect, Relation fixed, boolean negated,
                                        boolean hedged, String pattern) {
        Argument subject = s.argument();
        Argument object = o.argument();
        if (!subject.isEntity() && !object.isEntity() || sameThing(subject, object)) {
            return null;
        }
        Relation relation;
        ArgumentState objectState;
        if (effect != null) {
            Effect composed = effect.then(o.effect());
            relation = composed.relation(!object.isEntity());
            objectState = o.state() == ArgumentState.MUTANT ? ArgumentState.MUTANT : ArgumentState.NONE;
        } else {
            relation = fixed;
            objectState = o.state();
        }
        if (!DRUG_RELATIONS.contains(relation) && isDrugEffect(o) && object.isDrug()) {
            // "associated with trastuzumab resistance": outside a resistance relation the phenotype is the argument.
            object = phenotype(object, o.effect());
        }
        if (isDrugEffect(s) && subject.isDrug()) {
            // "Loss of sensitivity to lapatinib was linked to MET": the subject is the drug's resistance.
            subject = phenotype(subject, s.effect());
        }
        if (DRUG_RELATIONS.contains(relation) && object.isEntity() && !object.isDrug()) {
            return null;
        }
        if (!subject.isEntity() && !SYMMETRIC.contains(relation)) {
            // "STAT3 is activated by many growth factors": a process acts on an entity only in an unsigned relation.
            return null;
        }
        ArgumentState subjectState = subject.isDrug() ? ArgumentState.NONE : s.state();
        if (SYMMETRIC.contains(relation) && !subject.isEntity() && object.isEntity()) {
            return new SyntacticClaim(object, objectState, relation, subject, subjectState, negated, hedged, pattern);
        }
        return new SyntacticClaim(subject, subjectState, relation, object, objectState, negated, hedged, pattern);
    }

    /** The drug's phenotype: + resistance or − sensitivity is "X resistance", else "X sensitivity". */
    private static Argument phenotype(Argument drug, Effect effect) {
        boolean resistance = (effect.aspect() == Effect.Aspect.RESISTANCE) == (effect.sign() > 0);
        return Argument.process(drug.text(), drug.id().toLowerCase(Locale.ROOT) + (resistance ? " resistance" : " sensitivity"),
                drug.firstTok(), drug.lastTok(), drug.start(), drug.end());
    }

    private static boolean isDrugEffect(Resolved r) {
        return r.effect() != null && (r.effect().aspect() == Effect.Aspect.RESISTANCE || r.effect().aspect() == Effect.Aspect.SENSITIVITY);
    }

    /** The trigger's lexicon entry, by its part of speech: a verb, a noun, or a premodifying participle. */
    private Optional<Trigger> trigger(SemanticGraph g, IndexedWord w) {
        String lemma = hyphenated(g, w);
        String tag = w.tag() == null ? "" : w.tag();
        List<Trigger.Kind> kinds = tag.startsWith("VB") ? List.of(Trigger.Kind.VERB, Trigger.Kind.REVERSE, Trigger.Kind.VIA, Trigger.Kind.PHENOTYPE)
                : tag.startsWith("NN") ? List.of(Trigger.Kind.NOUN, Trigger.Kind.AGENT)
                : List.of(Trigger.Kind.PREDICATE, Trigger.Kind.VIA, Trigger.Kind.VERB, Trigger.Kind.NOUN, Trigger.Kind.AGENT);
        for (Trigger.Kind k : kinds) {
            Optional<Trigger> t = lexicon.trigger(k, lemma);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** "up - regulates" as the tokenizer splits it → "up-regulate", when the lexicon has that form. */
    private String hyphenated(SemanticGraph g, IndexedWord w) {
        String lemma = ArgumentResolver.lemma(w);
        IndexedWord dash = g.getNodeByIndexSafe(w.index() - 1);
        IndexedWord before = g.getNodeByIndexSafe(w.index() - 2);
        if (dash != null && before != null && dash.word().equals("-") && dash.beginPosition() == before.endPosition()
                && w.beginPosition() == dash.endPosition()) {
            String joined = before.word().toLowerCase(Locale.ROOT) + "-" + lemma;
            if (lexicon.isTriggerLemma(joined)) {
                return joined;
            }
        }
        return lemma;
    }

    /** "inhibitory effect on X": an effect adjective signs an unsigned noun. */
    private Optional<Effect> adjectiveEffect(SemanticGraph g, IndexedWord trigger) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
            if (e.getRelation().toString().equals("amod")) {
                Optional<Trigger> a = lexicon.trigger(Trigger.Kind.ADJECTIVE, ArgumentResolver.lemma(e.getDependent()));
                if (a.isPresent()) {
                    return Optional.ofNullable(a.get().effect());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The object hangs off the trigger by a preposition the trigger takes ("binds to", "results in"),
     * or off its light verb ("plays a role in X" with "in X" on "plays").
     */
    /**
     * "In X-induced hyperalgesia, NOS participates in ...": a prepositional phrase before both the
     * trigger and the other argument is the clause's setting, not the object the preposition carries.
     */
    private static boolean fronted(IndexedWord trigger, IndexedWord prepObject, IndexedWord other) {
        return prepObject.index() < trigger.index() && prepObject.index() < other.index();
    }

    private static boolean takesObject(SemanticGraph g, IndexedWord trigger, IndexedWord light, IndexedWord object, Trigger t) {
        SemanticGraphEdge e = g.getEdge(trigger, object);
        if (e == null && light != null) {
            e = g.getEdge(light, object);
        }
        if (e == null) {
            return false;
        }
        String specific = e.getRelation().getSpecific();
        return specific != null && t.takes(specific.replace('_', ' '));
    }

    /**
     * The subject of a verb that has none of its own: the nearest governing clause's subject ("X is
     * approved for inhibiting HER2 activity", "X acts by binding Y").
     */
    private static IndexedWord inheritedSubject(SemanticGraph g, IndexedWord trigger, IndexedWord object) {
        IndexedWord w = trigger;
        for (int i = 0; i < MAX_INHERIT; i++) {
            SemanticGraphEdge in = ParseModality.governingEdge(g, w);
            if (in == null || !INHERIT_THROUGH.matcher(in.getRelation().toString()).matches()) {
                return null;
            }
            w = in.getGovernor();
            String tag = w.tag() == null ? "" : w.tag();
            if (tag.startsWith("NN") && !w.equals(object)) {
                // "a truncated receptor unable to bind X": the verb is said of that noun, not of the clause's subject.
                return null;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                IndexedWord d = e.getDependent();
                if (e.getRelation().toString().startsWith("nsubj") && !d.equals(object) && !d.equals(trigger)) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * A condition ("X-mediated", "X-induced") inside another claim's object is presupposed, not asserted
     * ("X blocked trastuzumab-mediated growth inhibition", "inhibited VEGF-induced angiogenesis",
     * GUIDELINE §2); inside a subject it is part of what is claimed ("IGF-1R-dependent degradation of p27
     * contributes").
     */
    private static boolean presupposed(Candidate c, List<Candidate> all) {
        for (Candidate other : all) {
            if (other != c && other.trigger() != c.trigger()
                    && (other.objectNodes().contains(c.trigger()) || other.objectNodes().contains(c.objectHead()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two nodes are members of one coordination ("PI3K, Akt or mTOR"). */
    private static boolean conjuncts(SemanticGraph g, IndexedWord a, IndexedWord b) {
        for (SemanticGraphEdge e : g.incomingEdgeList(a)) {
            if (!e.getRelation().toString().startsWith("conj")) {
                continue;
            }
            SemanticGraphEdge sibling = g.getEdge(e.getGovernor(), b);
            if (e.getGovernor().equals(b) || sibling != null && sibling.getRelation().toString().startsWith("conj")) {
                return true;
            }
        }
        return g.incomingEdgeList(b).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj") && e.getGovernor().equals(a));
    }

    private static boolean sameThing(Argument a, Argument b) {
        return a.start() == b.start() || (a.id() != null && a.id().equalsIgnoreCase(b.id()));
    }

    private static boolean same(SyntacticClaim a, SyntacticClaim b) {
        return a.relation() == b.relation() && a.negated() == b.negated()
                && key(a.subject()).equals(key(b.subject())) && key(a.object()).equals(key(b.object()));
    }

    private static String key(Argument a) {
        return a.id() != null ? a.id() : a.label();
    }
}
