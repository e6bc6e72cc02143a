package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a parse node as claim arguments: the entity or process it names, through the manipulation and
 * measurement nouns that govern it ("loss of PTEN", "anti-CD44 antibodies", "decreased p27 levels",
 * "inhibition of HER2 phosphorylation") with their states and effects (GUIDELINE §3), the drug of a
 * "resistance to X", and never a figure, table, number, unit or pronoun. One node can give several
 * arguments when it governs conjuncts ("loss of PTEN and INPP4B").
 */
final class ArgumentResolver {

    enum Role { SUBJECT, OBJECT }

    /** Relations from a manipulation or head noun down to the entity it is about. */
    private static final Pattern DOWN = Pattern.compile(
            "nmod:(of|poss|in|against|to|for|with|on|by|agent)|compound|amod|appos|obl:npmod|dep");
    /** Relations from a generic head noun ("the HER2 receptor") to its name. */
    private static final Pattern NAME = Pattern.compile("compound|appos|amod|nmod:(such_as|including|like)");
    /** "enhanced by many agents, including histamine and IL-2": a name head's examples are the arguments. */
    private static final Pattern EXAMPLES = Pattern.compile("nmod:(such_as|including|like)");
    private static final Pattern NOT_AN_ARGUMENT = Pattern.compile(
            "(?i)figs?|figures?|tables?|panels?|supplementary|[a-z]?\\d+(\\.\\d+)?[a-z]?|%|nm|μm|um|mm|mg|kg|ml|h|hr|min");
    /** Relations from "resistance"/"sensitivity" (or its verb) to the drug it is about. */
    private static final Pattern DRUG_OF = Pattern.compile("nmod:(to|against|of|for)|obl:(to|against|for)|compound");
    private static final int MAX_DEPTH = 3;
    /** The sides of a complex head: "between X and Y", "of X and Y", "of X with Y". */
    private static final Pattern COMPLEX_SIDE = Pattern.compile("nmod:(between|of|with)");
    /** The agents of a combination head: "of X and Y", "of X with Y". */
    private static final Pattern COMBINED = Pattern.compile("nmod:(of|with)");
    private static final ProcessNouns PROCESSES = ProcessNouns.get();

    private final SemanticGraph graph;
    private final String text;
    private final List<Tok> toks;
    private final List<Argument> args;
    private final ClaimLexicon lexicon;

    ArgumentResolver(SemanticGraph graph, String text, List<Tok> toks, List<Argument> args, ClaimLexicon lexicon) {
        this.graph = graph;
        this.text = text;
        this.toks = toks;
        this.args = args;
        this.lexicon = lexicon;
    }

    /**
     * The arguments {@code node} names in {@code role}; {@code trigger} is the claim's trigger, whose
     * "to X" may carry the drug of a bare "resistance" object ("confers resistance to trastuzumab").
     */
    List<Resolved> resolve(IndexedWord node, Role role, IndexedWord trigger) {
        return resolve(node, role, trigger, 0);
    }

    private List<Resolved> resolve(IndexedWord node, Role role, IndexedWord trigger, int depth) {
        if (depth > MAX_DEPTH) {
            return List.of();
        }
        String lemma = lemma(node);
        Argument covering = argumentAt(node.index() - 1);
        if (covering == null && notAnArgument(node)) {
            return List.of();
        }
        Set<Integer> here = Set.of(node.index() - 1);
        Optional<ProcessNouns.TherapyEffect> oneWord = PROCESSES.therapyEffect(lemma);
        if (oneWord.isPresent()) {
            // "contributes to radioresistance": resistance to radiotherapy, the therapy as the object.
            Tok t = toks.get(node.index() - 1);
            Argument therapy = Argument.process(t.word(), oneWord.get().therapy(), t.index(), t.index(), t.start(), t.end());
            return List.of(new Resolved(therapy, ArgumentState.NONE, new Effect(1, oneWord.get().aspect()), here));
        }
        if (lemma.equals("resistance") || lemma.equals("sensitivity") || lemma.equals("resistant") || lemma.equals("sensitive")) {
            return drugEffect(node, trigger, lemma.startsWith("resist") ? Effect.Aspect.RESISTANCE : Effect.Aspect.SENSITIVITY);
        }
        if (covering != null && describesSample(node)) {
            return List.of();
        }
        if (role == Role.SUBJECT) {
            Optional<List<Resolved>> combined = combination(node, covering, trigger, depth);
            if (combined.isPresent()) {
                return combined.get();
            }
        }
        if (covering == null && role == Role.OBJECT && lexicon.isComplexHead(lemma)) {
            // As a subject, "crosstalk between X and Y pathways is implicated in Z" says it of each side.
            List<Resolved> pairs = complexOf(node, role, trigger, depth);
            if (!pairs.isEmpty()) {
                return pairs;
            }
        }
        if (covering == null && lexicon.isCarrier(lemma)) {
            return carried(node, role, trigger, depth);
        }
        if (covering == null && isVerb(node) && (hyphenated(node).equals(lemma) || lexicon.noun(hyphenated(node)).isEmpty())) {
            // A verb, unless it is the first half of a split noun ("Knock - down of PTEN").
            return gerund(node, role, trigger, depth);
        }
        if (covering != null) {
            Optional<ArgumentNoun> noun = covering.isEntity() ? lexicon.noun(hyphenated(node)).or(() -> lexicon.noun(lemma)) : Optional.empty();
            ArgumentState state = noun.map(ArgumentNoun::state).orElse(ArgumentState.NONE);
            Effect effect = noun.map(ArgumentNoun::effect).orElse(null);
            ArgumentState modified = modifierState(node, role);
            return List.of(qualified(covering, state, effect, modified, nodes(covering)));
        }
        List<Resolved> out = new ArrayList<>();
        if (role == Role.OBJECT) {
            // "blocked trastuzumab-mediated growth inhibition": the object is the drug's effect (GUIDELINE §4).
            out.addAll(viaDrug(node, trigger));
            if (!out.isEmpty()) {
                return out;
            }
        }
        Optional<ArgumentNoun> noun = lexicon.noun(hyphenated(node)).or(() -> lexicon.noun(lemma));
        Optional<Trigger> event = lexicon.trigger(Trigger.Kind.NOUN, lemma).filter(t -> t.prepositions() != null);
        for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            String specific = e.getRelation().getSpecific();
            if (role == Role.SUBJECT && event.isPresent() && specific != null && event.get().takes(specific)) {
                // "the binding of hyaluronan to CD44 enables ...": "to CD44" is the event's object, not its agent.
                continue;
            }
            boolean down = noun.isPresent() ? DOWN.matcher(rel).matches() : NAME.matcher(rel).matches();
            if (!down) {
                continue;
            }
            Argument named = argumentAt(e.getDependent().index() - 1);
            if (EXAMPLES.matcher(rel).matches() && !lexicon.isNameHead(lemma)) {
                // "signalling pathways, including RAS and PI3K" lists members of a pathway, not agents.
                continue;
            }
            boolean namesIt = lexicon.isNameHead(lemma) || rel.equals("appos") || lexicon.trigger(Trigger.Kind.NOUN, lemma).isPresent();
            if (noun.isEmpty() && (named == null || !named.isEntity() || !namesIt)) {
                // "the HER2 receptor" names HER2; "another HER2 masking mechanism" names no argument.
                continue;
            }
            for (Resolved inner : resolve(e.getDependent(), role, trigger, depth + 1)) {
                if (noun.isEmpty()) {
                    out.add(inner);
                    continue;
                }
                ArgumentNoun n = noun.get();
                ArgumentState state = n.state() != ArgumentState.NONE ? n.state() : inner.state();
                Effect effect = n.effect() == null ? inner.effect() : n.effect().then(inner.effect());
                if (effect != null && effect.aspect() == Effect.Aspect.SENSITIVITY && !inner.argument().isDrug()) {
                    // "the efficacy of the treatment" names no drug: no drug relation can follow.
                    continue;
                }
                Set<Integer> path = new HashSet<>(inner.nodes());
                path.addAll(here);
                // A subject's surface keeps its manipulation ("Loss of PTEN"); an object's effect is folded into the relation.
                Argument a = role == Role.SUBJECT && n.state() != ArgumentState.NONE ? widened(inner.argument(), path) : inner.argument();
                out.add(qualified(a, state, effect, modifierState(node, role), path));
            }
        }
        return dedupe(out);
    }

    /**
     * "X mediates a mechanism that inhibits Y": the carrier's agent is the governing verb's subject;
     * as an object, a carrier stands for what it is of or on ("has an impact on the processes of
     * carcinogenesis", "masks the trastuzumab epitope on HER2").
     */
    private List<Resolved> carried(IndexedWord node, Role role, IndexedWord trigger, int depth) {
        if (role == Role.OBJECT) {
            List<Resolved> out = new ArrayList<>();
            for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
                if (e.getRelation().toString().matches("nmod:(of|on)")) {
                    out.addAll(resolve(e.getDependent(), role, trigger, depth + 1));
                }
            }
            return dedupe(out);
        }
        SemanticGraphEdge in = ParseModality.governingEdge(graph, node);
        if (role != Role.SUBJECT || in == null || !in.getRelation().toString().equals("obj")) {
            return List.of();
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeList(in.getGovernor())) {
            if (e.getRelation().toString().startsWith("nsubj") && !e.getDependent().equals(node)) {
                return resolve(e.getDependent(), role, trigger, depth + 1);
            }
        }
        return List.of();
    }

    /**
     * "the interaction between EGFR and Src", "interaction of EGFR and Src", "the association of ErbB2
     * with EphrinB1": two named participants of a complex head are one argument, the pair joined by
     * "/" (a "/" side of two, "EGFR and Shc/Src", gives one pair per member: EGFR/SHC1, EGFR/SRC).
     * Empty unless exactly two sides are named entities.
     */
    private List<Resolved> complexOf(IndexedWord node, Role role, IndexedWord trigger, int depth) {
        List<Resolved> first = new ArrayList<>();
        List<Resolved> second = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if (!COMPLEX_SIDE.matcher(rel).matches()) {
                continue;
            }
            for (Resolved r : resolve(e.getDependent(), role, trigger, depth + 1)) {
                if (!r.argument().isEntity()) {
                    return List.of();
                }
                (rel.equals("nmod:with") ? second : first).add(r);
            }
        }
        first = dedupe(first);
        second = dedupe(second);
        Resolved left;
        Resolved right;
        if (first.size() == 1 && second.size() == 1) {
            left = first.get(0);
            right = second.get(0);
        } else if (first.size() == 2 && second.isEmpty()) {
            left = first.get(0).argument().start() < first.get(1).argument().start() ? first.get(0) : first.get(1);
            right = left == first.get(0) ? first.get(1) : first.get(0);
        } else {
            return List.of();
        }
        List<Resolved> out = new ArrayList<>();
        for (Argument a : ClaimExtractor.members(left.argument())) {
            for (Argument b : ClaimExtractor.members(right.argument())) {
                if (a.norm() == null || a.norm().equals(b.norm())) {
                    continue;
                }
                Argument pair = spanning(List.of(a, b), a.norm() + "/" + b.norm());
                Set<Integer> path = new HashSet<>(left.nodes());
                path.addAll(right.nodes());
                path.add(node.index() - 1);
                out.add(new Resolved(pair, ArgumentState.NONE, Effect.RAISES, path));
            }
        }
        return out;
    }

    /**
     * A drug combination as a subject is one argument, its agents joined by " + " (GUIDELINE §2): "the
     * combination of lapatinib and trastuzumab", "lapatinib in combination with trastuzumab",
     * "trastuzumab plus pertuzumab". Empty when {@code node} names no combination; an empty list when
     * it is the second agent of a "plus" (its first agent's reading names both).
     */
    private Optional<List<Resolved>> combination(IndexedWord node, Argument covering, IndexedWord trigger, int depth) {
        List<Resolved> agents = new ArrayList<>();
        if (covering == null && lexicon.isCombinationHead(lemma(node))) {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
                if (COMBINED.matcher(e.getRelation().toString()).matches()) {
                    agents.addAll(resolve(e.getDependent(), Role.SUBJECT, trigger, depth + 1));
                }
            }
        } else if (covering != null) {
            for (SemanticGraphEdge in : graph.incomingEdgeList(node)) {
                if (in.getRelation().toString().equals("conj:plus")) {
                    return Optional.of(List.of());
                }
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("conj:plus")) {
                    // The second agent is read as itself (its own reading defers to this one).
                    Argument second = argumentAt(e.getDependent().index() - 1);
                    agents.add(new Resolved(covering, ArgumentState.NONE, null, nodes(covering)));
                    if (second != null) {
                        agents.add(new Resolved(second, ArgumentState.NONE, null, nodes(second)));
                    }
                } else if (rel.equals("nmod:in") && lexicon.isCombinationHead(lemma(e.getDependent()))) {
                    agents.add(new Resolved(covering, ArgumentState.NONE, null, nodes(covering)));
                    for (SemanticGraphEdge w : graph.outgoingEdgeList(e.getDependent())) {
                        if (w.getRelation().toString().equals("nmod:with")) {
                            agents.addAll(resolve(w.getDependent(), Role.SUBJECT, trigger, depth + 1));
                        }
                    }
                }
            }
        }
        agents = dedupe(agents);
        if (agents.size() < 2 || agents.stream().anyMatch(r -> !r.argument().isEntity())) {
            return Optional.empty();
        }
        List<Argument> parts = agents.stream().map(Resolved::argument).sorted(Comparator.comparingInt(Argument::start)).toList();
        Argument joined = spanning(parts, parts.stream().map(Argument::norm).distinct().collect(Collectors.joining(" + ")));
        Set<Integer> path = new HashSet<>();
        agents.forEach(r -> path.addAll(r.nodes()));
        path.add(node.index() - 1);
        return Optional.of(List.of(new Resolved(joined, ArgumentState.NONE, null, path)));
    }

    /**
     * One argument over the text from the first to the last of {@code parts} (a pair, a combination),
     * named {@code id}: a drug when every part is one, else a gene.
     */
    private Argument spanning(List<Argument> parts, String id) {
        int start = parts.stream().mapToInt(Argument::start).min().orElseThrow();
        int end = parts.stream().mapToInt(Argument::end).max().orElseThrow();
        EntityType type = parts.stream().allMatch(Argument::isDrug) ? EntityType.DRUG : EntityType.GENE;
        return Argument.entity(text.substring(start, end), id, type, parts.stream().mapToInt(Argument::firstTok).min().orElseThrow(),
                parts.stream().mapToInt(Argument::lastTok).max().orElseThrow(), start, end);
    }

    /** "HC11 cells", "HER2 tumours": an entity in a compound before a sample noun names no argument. */
    private boolean describesSample(IndexedWord node) {
        SemanticGraphEdge in = ParseModality.governingEdge(graph, node);
        return in != null && in.getRelation().toString().equals("compound") && lexicon.isSampleHead(lemma(in.getGovernor()));
    }

    private static boolean isVerb(IndexedWord node) {
        return node.tag() != null && node.tag().startsWith("VB");
    }

    /**
     * A gerund or clause as an argument: "inhibiting PI3K rescues differentiation" has PI3K as its
     * subject in state loss, "overexpressing HER2 ..." in state gain (the verb's sign is the state).
     */
    private List<Resolved> gerund(IndexedWord node, Role role, IndexedWord trigger, int depth) {
        Optional<Trigger> t = lexicon.trigger(Trigger.Kind.VERB, lemma(node));
        // A signed verb's sign is the state; a manipulation verb of state-modifiers.tsv ("targeting X") its own.
        ArgumentState state = t.isPresent() && t.get().effect() != null
                ? t.get().effect().sign() < 0 ? ArgumentState.LOSS : ArgumentState.GAIN
                : lexicon.modifier(node.word().toLowerCase(Locale.ROOT)).orElse(null);
        if (role != Role.SUBJECT || state == null) {
            return List.of();
        }
        List<Resolved> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
            if (!e.getRelation().toString().equals("obj")) {
                continue;
            }
            for (Resolved inner : resolve(e.getDependent(), role, trigger, depth + 1)) {
                if (inner.argument().isEntity() && !inner.argument().isDrug()) {
                    Set<Integer> path = new HashSet<>(inner.nodes());
                    path.add(node.index() - 1);
                    out.add(new Resolved(widened(inner.argument(), path), state, null, path));
                }
            }
        }
        return out;
    }

    /** A state modifier on the noun ("decreased", "constitutive") overrides a plain state and flips a plain effect. */
    private static Resolved qualified(Argument a, ArgumentState state, Effect effect, ArgumentState modified, Set<Integer> nodes) {
        if (modified == null) {
            return new Resolved(a, state, effect, nodes);
        }
        // "an activated ErbB2 mutation": an activating mutation is a gain (GUIDELINE §3).
        ArgumentState s = state == ArgumentState.NONE || state == ArgumentState.MUTANT && modified == ArgumentState.GAIN ? modified : state;
        Effect e = effect;
        if (modified == ArgumentState.LOSS) {
            e = effect == null ? new Effect(-1, Effect.Aspect.AMOUNT) : effect.flipped();
        } else if (modified == ArgumentState.GAIN && effect == null) {
            e = new Effect(1, Effect.Aspect.AMOUNT);
        }
        return new Resolved(a, s, e, nodes);
    }

    private ArgumentState modifierState(IndexedWord node, Role role) {
        ArgumentState own = ownModifierState(node, role, Integer.MAX_VALUE);
        if (own != null) {
            return own;
        }
        // "inhibiting PI3K, Akt or mTOR", "decreased PTEN and INPP4B": a premodifier of a coordination's
        // first conjunct is said of every conjunct.
        for (SemanticGraphEdge in : graph.incomingEdgeList(node)) {
            IndexedWord first = in.getGovernor();
            if (in.getRelation().toString().startsWith("conj") && first.index() < node.index()) {
                ArgumentState shared = ownModifierState(first, role, first.index());
                if (shared != null) {
                    return shared;
                }
            }
        }
        return null;
    }

    /** The state a modifier of {@code node} sets, looking only at modifiers before token index {@code before}. */
    private ArgumentState ownModifierState(IndexedWord node, Role role, int before) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
            if (e.getDependent().index() >= before) {
                continue;
            }
            String rel = e.getRelation().toString();
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("advmod")) {
                Optional<ArgumentState> s = lexicon.modifier(lemma(e.getDependent()))
                        .or(() -> lexicon.modifier(e.getDependent().word().toLowerCase(Locale.ROOT)));
                if (s.isPresent()) {
                    return s.get();
                }
                IndexedWord m = e.getDependent();
                Optional<Trigger> verb = lexicon.trigger(Trigger.Kind.VERB, lemma(m));
                if (role == Role.SUBJECT && rel.equals("amod") && isVerb(m) && verb.isPresent() && verb.get().effect() != null
                        && graph.outgoingEdgeList(m).isEmpty()) {
                    // "Inhibiting AKT restores ...", "activated Src": a bare participle of a signed verb.
                    return verb.get().effect().sign() < 0 ? ArgumentState.LOSS : ArgumentState.GAIN;
                }
            }
        }
        return null;
    }

    /** "resistance to trastuzumab", "trastuzumab resistance", "confers resistance to X", bare "resistance". */
    private List<Resolved> drugEffect(IndexedWord node, IndexedWord trigger, Effect.Aspect aspect) {
        Effect effect = new Effect(1, aspect);
        List<Resolved> therapies = new ArrayList<>();
        for (IndexedWord holder : trigger == null ? List.of(node) : List.of(node, trigger)) {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(holder)) {
                String rel = e.getRelation().toString();
                if (DRUG_OF.matcher(rel).matches()) {
                    Argument a = argumentAt(e.getDependent().index() - 1);
                    if (a != null && a.isDrug()) {
                        return List.of(new Resolved(a, ArgumentState.NONE, effect, Set.of(node.index() - 1, e.getDependent().index() - 1)));
                    }
                    therapy(e.getDependent()).filter(r -> therapies.stream().noneMatch(o -> o.argument().norm().equals(r.norm())))
                            .ifPresent(r -> therapies.add(new Resolved(r, ArgumentState.NONE, effect,
                                    Set.of(node.index() - 1, e.getDependent().index() - 1))));
                }
            }
        }
        if (!therapies.isEmpty()) {
            return therapies;
        }
        Tok t = toks.get(node.index() - 1);
        // "drives drug resistance": no drug named, but the resistance is to drugs.
        boolean toDrugs = graph.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().matches("compound|amod")
                && lemma(e.getDependent()).matches("drug|multidrug|multi-drug"));
        String bareLabel = aspect == Effect.Aspect.RESISTANCE ? "resistance" : "sensitivity";
        Argument bare = Argument.process(t.word(), toDrugs ? "drug " + bareLabel : bareLabel,
                t.index(), t.index(), t.start(), t.end());
        return List.of(new Resolved(bare, ArgumentState.NONE, effect, Set.of(node.index() - 1)));
    }

    /**
     * The therapy a drug-of dependent names: itself ("to chemotherapy", "radiation sensitivity"), or a
     * modifier of it ("to chemotherapeutic drugs", "to radiation-induced apoptosis").
     */
    private Optional<Argument> therapy(IndexedWord w) {
        List<IndexedWord> candidates = new ArrayList<>(List.of(w));
        for (SemanticGraphEdge m : graph.outgoingEdgeList(w)) {
            if (m.getRelation().toString().matches("amod|compound")) {
                candidates.add(m.getDependent());
                // "radiation - induced apoptosis": the therapy is the participle's oblique.
                for (SemanticGraphEdge by : graph.outgoingEdgeList(m.getDependent())) {
                    if (by.getRelation().toString().matches("obl|obl:npmod|compound|nmod|dep") && by.getDependent().index() < m.getDependent().index()) {
                        candidates.add(by.getDependent());
                    }
                }
            }
        }
        for (IndexedWord c : candidates) {
            Tok t = toks.get(c.index() - 1);
            Argument named = argumentAt(c.index() - 1);
            if (named != null && named.isDrug() && c != w) {
                // "sensitizes cells to trastuzumab-induced apoptosis": sensitivity to the drug.
                return Optional.of(named);
            }
            String label = PROCESSES.therapy(t.word());
            if (label == null) {
                label = PROCESSES.therapy(t.lemma());
            }
            if (label != null && argumentAt(c.index() - 1) == null) {
                return Optional.of(Argument.process(t.word(), label, t.index(), t.index(), t.start(), t.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * The therapy or drug that induces a process object ("sensitizes cells to radiation-induced
     * apoptosis": sensitivity to radiotherapy; "to trastuzumab-induced apoptosis": to trastuzumab), for
     * a resistance or sensitivity claim whose object is a process.
     */
    Optional<Argument> inducingTherapy(Argument process) {
        IndexedWord head = graph.getNodeByIndexSafe(process.lastTok() + 1);
        if (head == null) {
            return Optional.empty();
        }
        return therapy(head).filter(t -> t.firstTok() < process.firstTok());
    }

    /** The drug of an "X-mediated"/"X-induced" premodifier of {@code node}, as the drug's effect. */
    private List<Resolved> viaDrug(IndexedWord node, IndexedWord trigger) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
            String premodifier = lemma(e.getDependent());
            if (!e.getRelation().toString().equals("amod") || e.getDependent().equals(trigger)
                    || lexicon.trigger(Trigger.Kind.VIA, premodifier).isEmpty() && lexicon.trigger(Trigger.Kind.STIMULUS, premodifier).isEmpty()) {
                continue;
            }
            for (SemanticGraphEdge agent : graph.outgoingEdgeList(e.getDependent())) {
                Argument a = argumentAt(agent.getDependent().index() - 1);
                if (a != null && a.isDrug()) {
                    return List.of(new Resolved(a, ArgumentState.NONE, new Effect(1, Effect.Aspect.SENSITIVITY),
                            Set.of(node.index() - 1, e.getDependent().index() - 1, agent.getDependent().index() - 1)));
                }
            }
        }
        return List.of();
    }

    /**
     * The argument with its surface text widened over the manipulation phrase ("Loss of PTEN", "anti-CD44
     * antibodies"), the id unchanged (GUIDELINE §3: the surface keeps the manipulation).
     */
    private Argument widened(Argument a, Set<Integer> path) {
        int first = Math.min(a.firstTok(), path.stream().min(Integer::compare).orElse(a.firstTok()));
        int last = Math.max(a.lastTok(), path.stream().max(Integer::compare).orElse(a.lastTok()));
        while (first < a.firstTok() && Tok.innerHyphen(toks, first - 1)) {
            // "knock-down of PTEN", split by the tokenizer: the surface keeps the whole word.
            first -= 2;
        }
        if (first == a.firstTok() && last == a.lastTok()) {
            return a;
        }
        int start = toks.get(first).start();
        int end = toks.get(last).end();
        return new Argument(text.substring(start, end), a.id(), a.type(), a.label(), first, last, start, end);
    }

    private boolean notAnArgument(IndexedWord node) {
        String tag = node.tag() == null ? "" : node.tag();
        return tag.startsWith("PRP") || tag.equals("CD") || tag.equals("WDT") || tag.equals("DT")
                || NOT_AN_ARGUMENT.matcher(node.word()).matches();
    }

    private Argument argumentAt(int tok) {
        for (Argument a : args) {
            if (tok >= a.firstTok() && tok <= a.lastTok()) {
                return a;
            }
        }
        return null;
    }

    private static Set<Integer> nodes(Argument a) {
        Set<Integer> s = new HashSet<>();
        for (int i = a.firstTok(); i <= a.lastTok(); i++) {
            s.add(i);
        }
        return s;
    }

    private static List<Resolved> dedupe(List<Resolved> in) {
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : in) {
            if (out.stream().noneMatch(o -> o.argument().start() == r.argument().start())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The node's word joined with the hyphenated word before (or, when there is none, after) it, as the
     * tokenizer split it: "knock - down" → "knock-down", "gain - of - function" stays apart. The plain
     * lemma when there is none.
     */
    private String hyphenated(IndexedWord node) {
        int i = node.index() - 1;
        if (Tok.innerHyphen(toks, i - 1)) {
            return (toks.get(i - 2).word() + "-" + toks.get(i).lemma()).toLowerCase(Locale.ROOT);
        }
        if (Tok.innerHyphen(toks, i + 1)) {
            // "Knock - down of PTEN" parsed with "Knock" as the head.
            return (toks.get(i).word() + "-" + toks.get(i + 2).lemma()).toLowerCase(Locale.ROOT);
        }
        return lemma(node);
    }

    static String lemma(IndexedWord w) {
        String l = w.lemma() == null ? w.word() : w.lemma();
        return l.toLowerCase(Locale.ROOT);
    }
}
