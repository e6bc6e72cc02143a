package io.litmine.annotators.claim;

import io.litmine.corpus.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claim rules over one sentence: for each relation cue, its subject and object by the cue's kind
 * (verb, nominalisation, resistance phrase, participle, property, attenuated drug). Arguments are
 * looked for in the cue's clause only ({@link Clauses}: no ";", relative clause, "how"/"whereas"/
 * ", and"-clause or foreign finite verb in between); a coordinated verb shares the previous verb's
 * subject; nominal events take their agent from "by X", "treatment with X", "in response to X", or
 * their two sides from "between X and Y" / "of X to Y"; an agentless passive takes it from "when X
 * was inhibited". Relations fold the object in (blocking a drug's benefit is resistance; a change
 * of a process is its promotion or suppression).
 */
final class ClaimExtractor {

    /** What one cue yields before ids, evidence and mechanism are attached. */
    record Extracted(Argument subject, Relation relation, Argument object, boolean negated, boolean hedged,
                     int cueFirst, int cueLast) {
    }

    /** Relations with no direction, where a passive ("is associated with") keeps its reading. */
    private static final Set<Relation> SYMMETRIC =
            Set.of(Relation.ASSOCIATED_WITH, Relation.INTERACTS, Relation.BINDS);
    /** Relations whose object is a drug: their "resistance" is the drug's, not a phenotype argument. */
    private static final Set<Relation> DRUG_RELATIONS = Set.of(Relation.CAUSES_RESISTANCE, Relation.RESTORES_SENSITIVITY);
    /** Nominal relations a "/" dimer can carry alone ("HER2/HER3 interaction"). */
    /** Verbs that only carry a nominal event to its agent: "CD44 mediates HER2 masking". */
    private static final Set<String> LIGHT_VERBS = Set.of("mediate", "cause", "drive", "produce", "undergo", "show");
    private static final Set<Relation> DIMERS = Set.of(Relation.INTERACTS, Relation.BINDS);

    private final CueFinder cueFinder = new CueFinder();
    private final Modality modality;

    ClaimExtractor(int negationWindow) {
        this.modality = new Modality(negationWindow);
    }

    List<Extracted> extract(String text, List<Tok> toks, List<Argument> args) {
        if (args.stream().noneMatch(Argument::isEntity)) {
            return List.of();
        }
        Clauses clauses = new Clauses(toks);
        List<Cue> cues = cueFinder.find(toks, args);
        Coordination coordination = new Coordination(toks, args);
        Set<Integer> consumed = new HashSet<>();
        List<Extracted> out = new ArrayList<>();
        Argument lastSubject = null;
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            if (consumed.contains(cue.firstTok())) {
                continue;
            }
            int limit = c + 1 < cues.size() ? nextBlockingCue(cues, c) : toks.size();
            Scope scope = new Scope(toks, args, clauses, cue);
            Argument subject;
            Argument object;
            switch (cue.kind()) {
                case RESISTANCE -> {
                    object = scope.drugNear().orElse(null);
                    subject = scope.coordinatedVerb() && lastSubject != null ? lastSubject
                            : scope.before(Argument::isGene).or(() -> scope.after(Argument::isGene, toks.size()))
                            // "epitope masking has been proposed as a resistance mechanism": a process can confer it.
                            .or(() -> scope.before(a -> !a.isEntity() && !a.text().toLowerCase().endsWith("resistance")))
                            .orElse(null);
                }
                case NOUN -> {
                    Optional<Argument[]> pair = scope.between();
                    if (pair.isPresent()) {
                        subject = pair.get()[0];
                        object = pair.get()[1];
                        break;
                    }
                    object = scope.premodifier().or(scope::ofPhrase).orElse(null);
                    Optional<Argument> partner = object == null || !SYMMETRIC.contains(cue.relation())
                            ? Optional.empty() : scope.partnerAfter(object);
                    if (partner.isPresent()) {
                        subject = object;
                        object = partner.get();
                        break;
                    }
                    int searchFrom = object == null ? cue.firstTok() : object.firstTok();
                    Argument patient = object;
                    subject = scope.byPhrase().or(scope::treatmentAgent)
                            .or(() -> scope.beforeTok(searchFrom, a -> a.isEntity() && !coordinated(coordination, a, patient),
                                    LIGHT_VERBS))
                            .orElse(null);
                    if (subject == null && object != null && DIMERS.contains(cue.relation())) {
                        // "interactions with HER2/HER3": a dimer's two members are the interacting pair.
                        List<Argument> members = members(object);
                        if (members.size() == 2) {
                            add(out, new Extracted(members.get(0), cue.relation(), members.get(1),
                                    modality.negated(toks, cue), modality.hedged(toks, clauses, cue), cue.firstTok(), cue.lastTok()));
                        }
                        continue;
                    }
                }
                case MODIFIER -> {
                    object = scope.after(a -> !a.isEntity(), cue.lastTok() + 2).orElse(null);
                    subject = scope.byPhrase().or(scope::treatmentAgent).orElse(null);
                }
                case PROPERTY -> {
                    int end = cue.firstTok();
                    object = args.stream().filter(a -> !a.isEntity() && a.lastTok() < end && a.lastTok() >= end - 2)
                            .findFirst().orElse(null);
                    subject = object == null ? null : scope.beforeTok(object.firstTok(), Argument::isEntity).orElse(null);
                }
                case ATTENUATED -> {
                    object = scope.before(Argument::isDrug).orElse(null);
                    subject = scope.presence().orElse(null);
                }
                default -> {
                    boolean passiveBy = scope.passive() && scope.agentBy(limit).isPresent();
                    Optional<Argument> condition = scope.passive() && !passiveBy ? scope.conditionAgent() : Optional.empty();
                    if (scope.passive() && !passiveBy && condition.isEmpty() && !SYMMETRIC.contains(cue.relation())) {
                        // "X was blocked in cells": X is the patient and the agent is not named.
                        continue;
                    }
                    if (passiveBy || condition.isPresent()) {
                        subject = passiveBy ? scope.agentBy(limit).orElse(null) : condition.get();
                        // "Trastuzumab's growth-inhibitory properties were blocked by X": the drug's effect is the patient.
                        boolean inhibits = cue.relation() == Relation.INHIBITS;
                        object = scope.before(a -> inhibits && a.isDrug() && possessive(toks, a))
                                .or(() -> scope.before(a -> true)).orElse(null);
                    } else {
                        subject = (scope.precededBy("by") || scope.coordinatedVerb()) && lastSubject != null ? lastSubject
                                : scope.passive() ? scope.passiveSubject().orElse(null)
                                : scope.subject(SYMMETRIC.contains(cue.relation()) ? a -> true
                                        : a -> a.isEntity() || Arguments.isClass(a)).orElse(null);
                        object = scope.after(a -> true, limit).orElse(null);
                    }
                    Optional<Cue> nominal = consumeNominals(cues, consumed, cue, object);
                    if (nominal.isPresent() && cue.lastTok() > cue.firstTok() && cue.relation() == Relation.ACTIVATES) {
                        // "results in increased degradation of p27": a cause-effect verb takes the effect's relation.
                        cue = new Cue(nominal.get().relation(), cue.kind(), cue.firstTok(), cue.lastTok());
                    } else if (nominal.isPresent()) {
                        // "inhibits HIF-1 degradation" raises HIF-1; "induces AT1 receptor blockade" inhibits it.
                        cue = new Cue(composed(cue.relation(), nominal.get().relation()), cue.kind(), cue.firstTok(), cue.lastTok());
                    }
                }
            }
            if (subject != null && (cue.kind() == Cue.Kind.VERB || cue.kind() == Cue.Kind.RESISTANCE)) {
                // A later "and <verb>" shares this subject even when this verb found no object.
                lastSubject = subject;
            }
            if (subject == null || object == null || sameThing(subject, object)) {
                continue;
            }
            if (SYMMETRIC.contains(cue.relation()) && !subject.isEntity() && object.isEntity()) {
                // "Angiogenesis is associated with HER2": an unordered relation reads entity first.
                Argument swap = subject;
                subject = object;
                object = swap;
            }
            Relation relation = relation(toks, cue, object);
            if (!DRUG_RELATIONS.contains(relation)) {
                subject = Arguments.drugResistance(text, toks, subject);
                object = Arguments.drugResistance(text, toks, object);
            }
            boolean negated = modality.negated(toks, cue);
            boolean hedged = modality.hedged(toks, clauses, cue);
            for (Argument s : coordination.expand(subject)) {
                for (Argument o : coordination.expand(object)) {
                    add(out, new Extracted(s, relation, o, negated, hedged, cue.firstTok(), cue.lastTok()));
                }
            }
        }
        return out;
    }

    /**
     * The cue's relation, with the object folded in: blocking a drug's effect is resistance to it,
     * and a change of a process is its promotion or suppression (GUIDELINE §4: UPREGULATES and
     * DOWNREGULATES are about amounts of an entity).
     */
    private static Relation relation(List<Tok> toks, Cue cue, Argument object) {
        if (blocksDrugEffect(toks, cue, object)) {
            return Relation.CAUSES_RESISTANCE;
        }
        if (!object.isEntity() && cue.relation() == Relation.UPREGULATES) {
            return Relation.ACTIVATES;
        }
        if (!object.isEntity() && cue.relation() == Relation.DOWNREGULATES) {
            return Relation.INHIBITS;
        }
        return cue.relation();
    }

    /**
     * A signed verb acting on a signed event noun of its object, as the parse composes them: the signs
     * multiply and the noun says whether it is activity or amount ("prevents p27 degradation": − on
     * −amount = upregulates p27; "induces receptor blockade": + on −activity = inhibits the receptor).
     * An unsigned verb or noun keeps the verb's relation.
     */
    static Relation composed(Relation verb, Relation noun) {
        int verbSign = sign(verb);
        int nounSign = sign(noun);
        if (verbSign == 0 || nounSign == 0) {
            return verb;
        }
        boolean up = verbSign * nounSign > 0;
        boolean amount = noun == Relation.UPREGULATES || noun == Relation.DOWNREGULATES;
        return amount ? (up ? Relation.UPREGULATES : Relation.DOWNREGULATES) : (up ? Relation.ACTIVATES : Relation.INHIBITS);
    }

    private static int sign(Relation r) {
        return switch (r) {
            case ACTIVATES, UPREGULATES -> 1;
            case INHIBITS, DOWNREGULATES -> -1;
            default -> 0;
        };
    }

    private static void add(List<Extracted> out, Extracted e) {
        if (!sameThing(e.subject(), e.object()) && out.stream().noneMatch(x -> sameClaim(x, e))) {
            out.add(e);
        }
    }

    /** "HER2 and PI3K/mTOR blockade": a conjunct of the noun's object is not its agent. */
    private static boolean coordinated(Coordination coordination, Argument candidate, Argument object) {
        return object != null && coordination.expand(object).stream().anyMatch(a -> a.start() == candidate.start());
    }

    /** The two members of a "/" dimer ("HER2/HER3"), else the argument alone (a process is no dimer). */
    static List<Argument> members(Argument a) {
        if (!a.isEntity()) {
            return List.of(a);
        }
        String[] ids = a.id().split("/");
        String[] texts = a.text().split("/");
        if (ids.length != 2 || texts.length != 2) {
            return List.of(a);
        }
        int split = a.start() + texts[0].length();
        return List.of(Argument.entity(texts[0], ids[0], a.type(), a.firstTok(), a.lastTok(), a.start(), split),
                Argument.entity(texts[1], ids[1], a.type(), a.firstTok(), a.lastTok(), split + 1, a.end()));
    }

    /**
     * "PTEN blocked trastuzumab-mediated growth inhibition", "prevents trastuzumab-mediated ...
     * growth arrest": blocking a drug's effect is causing resistance to it (GUIDELINE §4).
     */
    private static boolean blocksDrugEffect(List<Tok> toks, Cue cue, Argument object) {
        boolean lessens = cue.relation() == Relation.INHIBITS || cue.relation() == Relation.DOWNREGULATES;
        if (!lessens || !object.isDrug()) {
            return false;
        }
        // "reduce the benefit of trastuzumab", "abolished the effect of lapatinib".
        int of = object.firstTok() - 1;
        if (of >= 1 && toks.get(of).is("of") && toks.get(of - 1).is("benefit", "effect", "efficacy", "activity", "action")) {
            return true;
        }
        if (object.lastTok() + 2 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(object.lastTok() + 1);
        Tok after = toks.get(object.lastTok() + 2);
        return next.word().equals("'s") || (next.word().equals("-") && after.is("mediate", "mediated", "induced", "induce"));
    }

    private static boolean possessive(List<Tok> toks, Argument a) {
        return a.lastTok() + 1 < toks.size() && toks.get(a.lastTok() + 1).word().equals("'s");
    }

    /** Verbs and resistance phrases end a verb's object search; nominalisations ("the binding of") do not. */
    private static int nextBlockingCue(List<Cue> cues, int c) {
        for (int k = c + 1; k < cues.size(); k++) {
            if (cues.get(k).kind() != Cue.Kind.NOUN) {
                return cues.get(k).firstTok();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** "inhibit PI3K activation", "obstruct the binding of trastuzumab": the noun belongs to the verb's object. */
    private static Optional<Cue> consumeNominals(List<Cue> cues, Set<Integer> consumed, Cue verb, Argument object) {
        if (object == null) {
            return Optional.empty();
        }
        Cue first = null;
        for (Cue other : cues) {
            boolean between = other.firstTok() > verb.lastTok() && other.firstTok() < object.firstTok();
            boolean right = other.firstTok() == object.lastTok() + 1;
            if (other.kind() == Cue.Kind.NOUN && (between || right)) {
                consumed.add(other.firstTok());
                first = first == null ? other : first;
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean sameThing(Argument a, Argument b) {
        return a.start() == b.start() || (a.id() != null && a.id().equals(b.id()));
    }

    private static boolean sameClaim(Extracted a, Extracted b) {
        return a.relation() == b.relation() && a.negated() == b.negated()
                && key(a.subject()).equals(key(b.subject())) && key(a.object()).equals(key(b.object()));
    }

    private static String key(Argument a) {
        return a.id() != null ? a.id() : a.text().toLowerCase();
    }
}
