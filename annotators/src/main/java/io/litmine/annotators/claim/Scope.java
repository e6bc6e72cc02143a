package io.litmine.annotators.claim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where one cue may look for its arguments: the same ";"-clause, and either outside every
 * ", which ... ," clause or inside the cue's own one.
 */
final class Scope {

    private static final int PREMODIFIER_GAP = 2;
    private static final int PHRASE_REACH = 6;

    private final List<Tok> toks;
    private final List<Argument> args;
    private final int[] clause;
    private final int[] relative;
    private final Cue cue;

    Scope(List<Tok> toks, List<Argument> args, int[] clause, int[] relative, Cue cue) {
        this.toks = toks;
        this.args = args;
        this.clause = clause;
        this.relative = relative;
        this.cue = cue;
    }

    private boolean reachable(Argument a) {
        int r = relative[a.firstTok()];
        return clause[a.firstTok()] == clause[cue.firstTok()] && (r == 0 || r == relative[cue.firstTok()]);
    }

    Optional<Argument> before(Predicate<Argument> accept) {
        return beforeTok(cue.firstTok(), accept);
    }

    Optional<Argument> beforeTok(int tok, Predicate<Argument> accept) {
        Argument best = null;
        for (Argument a : args) {
            if (a.lastTok() < tok && reachable(a) && accept.test(a)) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<Argument> after(Predicate<Argument> accept, int limit) {
        return afterTok(cue.lastTok(), accept, limit);
    }

    private Optional<Argument> afterTok(int tok, Predicate<Argument> accept, int limit) {
        return args.stream()
                .filter(a -> a.firstTok() > tok && a.firstTok() < limit && reachable(a) && accept.test(a))
                .findFirst();
    }

    /** "constitutive PI3K/Akt activation": an entity right before the noun, at most two modifiers apart. */
    Optional<Argument> premodifier() {
        return before(Argument::isEntity).filter(a -> {
            int gap = cue.firstTok() - a.lastTok() - 1;
            return gap <= PREMODIFIER_GAP && toks.subList(a.lastTok() + 1, cue.firstTok()).stream()
                    .allMatch(t -> t.tag().startsWith("NN") || t.tag().startsWith("JJ") || t.tag().equals("HYPH"));
        });
    }

    /** "degradation of p27". */
    Optional<Argument> ofPhrase() {
        if (!followedBy("of")) {
            return Optional.empty();
        }
        return afterTok(cue.lastTok() + 1, a -> true, cue.lastTok() + 2 + PHRASE_REACH);
    }

    /** "inhibition of HER2 cleavage by trastuzumab". */
    Optional<Argument> byPhrase() {
        for (int i = cue.lastTok() + 1; i < Math.min(toks.size(), cue.lastTok() + PHRASE_REACH); i++) {
            if (toks.get(i).word().equals("by") && clause[i] == clause[cue.firstTok()]) {
                return afterTok(i, Argument::isEntity, i + PHRASE_REACH);
            }
        }
        return Optional.empty();
    }

    /**
     * The drug a resistance phrase is about: "trastuzumab resistance", "resistance to trastuzumab",
     * else the nearest drug in the clause, else the word "resistance" itself.
     */
    Optional<Argument> drugNear() {
        for (int i = cue.firstTok(); i <= cue.lastTok(); i++) {
            if (toks.get(i).is("resistance", "sensitivity")) {
                int word = i;
                Optional<Argument> adjacent = args.stream().filter(Argument::isDrug)
                        .filter(a -> a.lastTok() == word - 1 || a.firstTok() == word + 2 && toks.get(word + 1).is("to"))
                        .findFirst();
                if (adjacent.isPresent()) {
                    return adjacent;
                }
            }
        }
        return after(Argument::isDrug, toks.size())
                .or(() -> before(Argument::isDrug))
                .or(() -> args.stream().filter(a -> !a.isEntity() && a.firstTok() >= cue.firstTok()
                        && a.lastTok() <= cue.lastTok()).findFirst());
    }

    /** A verb alone in the passive; a phrasal cue ("is required for") reads actively. */
    boolean passive() {
        if (cue.lastTok() > cue.firstTok()) {
            return false;
        }
        Tok t = toks.get(cue.firstTok());
        return t.tag().equals("VBN") && toks.subList(Math.max(0, cue.firstTok() - 3), cue.firstTok()).stream()
                .anyMatch(p -> p.is("be", "get"));
    }

    /**
     * The agent of a passive: the first entity after a "by" that follows the verb in its clause
     * before the next verb cue ("were blocked in these cell lines by increased heregulin").
     */
    Optional<Argument> agentBy(int limit) {
        for (int i = cue.lastTok() + 1; i < Math.min(toks.size(), limit); i++) {
            if (clause[i] != clause[cue.firstTok()]) {
                break;
            }
            if (toks.get(i).word().equals("by")) {
                return afterTok(i, Argument::isEntity, Math.min(limit, i + 1 + PHRASE_REACH));
            }
        }
        return Optional.empty();
    }

    boolean followedBy(String word) {
        int i = cue.lastTok() + 1;
        return i < toks.size() && toks.get(i).word().equalsIgnoreCase(word);
    }

    boolean precededBy(String word) {
        int i = cue.firstTok() - 1;
        return i >= 0 && toks.get(i).word().equalsIgnoreCase(word);
    }
}
