package io.litmine.annotators.claim;

import io.litmine.corpus.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * First-version claim rules over one sentence: for each relation cue, the nearest entity before it
 * is the subject and the nearest argument after it the object, with a few shapes the seed review
 * uses handled explicitly — passive "by", relative "which", means "by V-ing", nominalisations
 * ("PI3K/Akt activation", "degradation of p27") and resistance phrases. Searches never cross a ";"
 * or leave a comma-bounded ", which ... ," clause, so a relative clause's entities do not become the
 * main verb's subject.
 */
final class ClaimExtractor {

    /** What one cue yields before ids, evidence and mechanism are attached. */
    record Extracted(Argument subject, Relation relation, Argument object, boolean negated, boolean hedged) {
    }

    /** Relations with no direction, where a passive ("is associated with") keeps its reading. */
    private static final Set<Relation> SYMMETRIC =
            Set.of(Relation.ASSOCIATED_WITH, Relation.INTERACTS, Relation.BINDS);

    private final CueFinder cueFinder = new CueFinder();
    private final Modality modality;

    ClaimExtractor(int negationWindow) {
        this.modality = new Modality(negationWindow);
    }

    List<Extracted> extract(List<Tok> toks, List<Argument> args) {
        if (args.stream().noneMatch(Argument::isEntity)) {
            return List.of();
        }
        int[] clause = clauses(toks);
        int[] relative = relativeClauses(toks);
        List<Cue> cues = cueFinder.find(toks);
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
            Scope scope = new Scope(toks, args, clause, relative, cue);
            Argument subject;
            Argument object;
            switch (cue.kind()) {
                case RESISTANCE -> {
                    object = scope.drugNear().orElse(null);
                    subject = scope.before(a -> a.isGene()).or(() -> scope.after(a -> a.isGene(), toks.size())).orElse(null);
                }
                case NOUN -> {
                    object = scope.premodifier().or(() -> scope.ofPhrase()).orElse(null);
                    int searchFrom = object == null ? cue.firstTok() : object.firstTok();
                    subject = scope.byPhrase().or(() -> scope.beforeTok(searchFrom,
                            Argument::isEntity)).orElse(null);
                }
                default -> {
                    boolean passiveBy = scope.passive() && scope.agentBy(limit).isPresent();
                    if (scope.passive() && !passiveBy && !SYMMETRIC.contains(cue.relation())) {
                        // "X was blocked in cells": X is the patient and the agent is not named.
                        continue;
                    }
                    if (passiveBy) {
                        subject = scope.agentBy(limit).orElse(null);
                        // "Trastuzumab's growth-inhibitory properties were blocked by X": the drug's effect is the patient.
                        boolean inhibits = cue.relation() == Relation.INHIBITS;
                        object = scope.before(a -> inhibits && a.isDrug() && possessive(toks, a))
                                .or(() -> scope.before(a -> true)).orElse(null);
                    } else {
                        subject = scope.precededBy("by") && lastSubject != null ? lastSubject
                                : scope.before(SYMMETRIC.contains(cue.relation()) ? a -> true : Argument::isEntity).orElse(null);
                        object = scope.after(a -> true, limit).orElse(null);
                    }
                    Optional<Cue> nominal = consumeNominals(cues, consumed, cue, object);
                    if (nominal.isPresent() && cue.lastTok() > cue.firstTok() && cue.relation() == Relation.ACTIVATES) {
                        // "results in increased degradation of p27": a cause-effect verb takes the effect's relation.
                        cue = new Cue(nominal.get().relation(), cue.kind(), cue.firstTok(), cue.lastTok());
                    }
                }
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
            lastSubject = subject;
            Relation relation = blocksDrugEffect(toks, cue, object) ? Relation.CAUSES_RESISTANCE : cue.relation();
            boolean negated = modality.negated(toks, cue);
            boolean hedged = modality.hedged(toks, clause, cue);
            for (Argument s : coordination.expand(subject)) {
                for (Argument o : coordination.expand(object)) {
                    Extracted e = new Extracted(s, relation, o, negated, hedged);
                    if (!sameThing(s, o) && out.stream().noneMatch(x -> sameClaim(x, e))) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "PTEN blocked trastuzumab-mediated growth inhibition", "prevents trastuzumab-mediated ...
     * growth arrest": blocking a drug's effect is causing resistance to it (GUIDELINE §4).
     */
    private static boolean blocksDrugEffect(List<Tok> toks, Cue cue, Argument object) {
        if (cue.relation() != Relation.INHIBITS || !object.isDrug() || object.lastTok() + 2 >= toks.size()) {
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
        return a.firstTok() == b.firstTok() || (a.id() != null && a.id().equals(b.id()));
    }

    private static boolean sameClaim(Extracted a, Extracted b) {
        return a.relation() == b.relation() && a.negated() == b.negated()
                && key(a.subject()).equals(key(b.subject())) && key(a.object()).equals(key(b.object()));
    }

    private static String key(Argument a) {
        return a.id() != null ? a.id() : a.text().toLowerCase();
    }

    /** Clause number of each token: ";" starts a new clause. */
    private static int[] clauses(List<Tok> toks) {
        int[] clause = new int[toks.size()];
        int n = 0;
        for (Tok t : toks) {
            if (t.word().equals(";")) {
                n++;
            }
            clause[t.index()] = n;
        }
        return clause;
    }

    /** Non-zero on tokens inside ", which ... ," (or ", that ..."), each such clause its own number. */
    private static int[] relativeClauses(List<Tok> toks) {
        int[] relative = new int[toks.size()];
        int n = 0;
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i - 1).word().equals(",") && toks.get(i).is("which", "who")) {
                n++;
                int j = i;
                while (j < toks.size() && !toks.get(j).word().equals(",") && !toks.get(j).word().equals(";")) {
                    relative[j++] = n;
                }
            }
        }
        return relative;
    }
}
