package io.litmine.annotators.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where one cue may look for its arguments: the same ";"-clause, either outside every
 * ", which ... ," clause or inside the cue's own one, and (for subjects and objects) not across a
 * clause break ({@link Clauses#breakBetween}).
 */
final class Scope {

    private static final int PREMODIFIER_GAP = 2;
    private static final int PHRASE_REACH = 6;

    private final List<Tok> toks;
    private final List<Argument> args;
    private final Clauses clauses;
    private final Cue cue;

    Scope(List<Tok> toks, List<Argument> args, Clauses clauses, Cue cue) {
        this.toks = toks;
        this.args = args;
        this.clauses = clauses;
        this.cue = cue;
    }

    private boolean reachable(Argument a) {
        int r = clauses.relative(a.firstTok());
        return clauses.clause(a.firstTok()) == clauses.clause(cue.firstTok())
                && (r == 0 || r == clauses.relative(cue.firstTok()));
    }

    /** The nearest argument before the cue in its clause, with no clause break in between. */
    Optional<Argument> before(Predicate<Argument> accept) {
        return beforeTok(cue.firstTok(), accept);
    }

    Optional<Argument> beforeTok(int tok, Predicate<Argument> accept) {
        return beforeTok(tok, accept, Set.of());
    }

    /** The nearest argument before {@code tok}; a finite verb in {@code lightVerbs} may lie between. */
    Optional<Argument> beforeTok(int tok, Predicate<Argument> accept, Set<String> lightVerbs) {
        Argument best = null;
        for (Argument a : args) {
            if (a.lastTok() < tok && reachable(a) && accept.test(a)) {
                best = a;
            }
        }
        return Optional.ofNullable(best).filter(a -> !clauses.breakBetween(a.lastTok(), tok, lightVerbs));
    }

    /**
     * The subject of a passive symmetric verb ("Lack of sensitivity to X and Y drugs was linked to
     * Z"): the argument heading the clause, when the clause opens with it, else the nearest one.
     */
    Optional<Argument> passiveSubject() {
        int clauseStart = cue.firstTok();
        while (clauseStart > 0 && clauses.clause(clauseStart - 1) == clauses.clause(cue.firstTok())
                && !toks.get(clauseStart - 1).word().equals(",")) {
            clauseStart--;
        }
        int start = clauseStart;
        Optional<Argument> head = args.stream()
                .filter(a -> a.firstTok() >= start && a.firstTok() <= start + 2 && a.lastTok() < cue.firstTok())
                .findFirst();
        return head.or(() -> subject(a -> true));
    }

    /** The subject of a verb cue: the nearest argument before it that is not inside a phrase of its own. */
    Optional<Argument> subject(Predicate<Argument> accept) {
        return before(accept).filter(a -> !clauses.notSubject(a.firstTok(), a.lastTok(), cue.firstTok()));
    }

    Optional<Argument> after(Predicate<Argument> accept, int limit) {
        return afterTok(cue.lastTok(), accept, limit).filter(a -> !clauses.breakBetween(cue.lastTok(), a.firstTok()));
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
                    .allMatch(t -> t.tag().startsWith("NN") || t.tag().startsWith("JJ") || t.tag().equals("HYPH")
                            || t.tag().equals("POS"));
        });
    }

    /** "degradation of p27", "interactions with HER2/HER3", "decrease in cell proliferation". */
    Optional<Argument> ofPhrase() {
        if (!followedBy("of") && !followedBy("with") && !followedBy("in")) {
            return Optional.empty();
        }
        return afterTok(cue.lastTok() + 1, a -> true, cue.lastTok() + 2 + PHRASE_REACH);
    }

    /** "binding of X to Y", "interaction of X with Y": the partner after the "of" argument. */
    Optional<Argument> partnerAfter(Argument first) {
        for (int i = first.lastTok() + 1; i < Math.min(toks.size(), first.lastTok() + PHRASE_REACH); i++) {
            Tok t = toks.get(i);
            if (t.isVerb() || t.word().equals(",")) {
                break;
            }
            if (t.is("to", "with")) {
                return afterTok(i, a -> true, i + PHRASE_REACH);
            }
        }
        return Optional.empty();
    }

    /**
     * "correlation between X and Y", "crosstalk between A (ER) and B (PR) and C": the last "and"
     * outside parentheses divides the two sides; the first argument of each side is returned.
     */
    Optional<Argument[]> between() {
        if (!followedBy("between")) {
            return Optional.empty();
        }
        int from = cue.lastTok() + 2;
        int divider = -1;
        int depth = 0;
        for (int i = from; i < toks.size() && clauses.clause(i) == clauses.clause(cue.firstTok()); i++) {
            Tok t = toks.get(i);
            depth += t.word().equals("(") ? 1 : t.word().equals(")") ? -1 : 0;
            if (depth == 0 && t.is("and")) {
                divider = i;
            } else if (depth == 0 && (t.isVerb() || t.word().equals(","))) {
                break;
            }
        }
        if (divider < 0) {
            return Optional.empty();
        }
        int d = divider;
        Optional<Argument> left = afterTok(from - 1, a -> true, d);
        Optional<Argument> right = afterTok(d, a -> true, d + 1 + PHRASE_REACH);
        return left.isPresent() && right.isPresent() ? Optional.of(new Argument[] {left.get(), right.get()}) : Optional.empty();
    }

    /** "inhibition of HER2 cleavage by trastuzumab". */
    Optional<Argument> byPhrase() {
        for (int i = cue.lastTok() + 1; i < Math.min(toks.size(), cue.lastTok() + PHRASE_REACH); i++) {
            if (toks.get(i).word().equals("by") && clauses.clause(i) == clauses.clause(cue.firstTok())) {
                return afterTok(i, Argument::isEntity, i + PHRASE_REACH);
            }
        }
        return Optional.empty();
    }

    /**
     * The agent of an observed change: "in response to (treatment with) X", "following treatment
     * with X", "after exposure to X", anywhere in the cue's clause.
     */
    Optional<Argument> treatmentAgent() {
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (clauses.clause(i) != clauses.clause(cue.firstTok())) {
                continue;
            }
            Tok t = toks.get(i);
            int at = -1;
            if (t.is("treatment", "exposure", "incubation", "stimulation") && toks.get(i + 1).is("with", "to")) {
                at = i + 2;
            } else if (t.is("response") && toks.get(i + 1).is("to")) {
                at = i + 2;
            }
            if (at >= 0) {
                int first = at;
                Optional<Argument> agent = args.stream().filter(Argument::isEntity)
                        .filter(a -> a.firstTok() >= first && a.firstTok() <= first + 1).findFirst();
                if (agent.isPresent()) {
                    return agent;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The cause of an agentless passive, given in a temporal clause: "growth was inhibited when CDK2
     * was inhibited", "... after PTEN was silenced".
     */
    Optional<Argument> conditionAgent() {
        for (int i = cue.lastTok() + 1; i < toks.size() && clauses.clause(i) == clauses.clause(cue.firstTok()); i++) {
            if (!toks.get(i).is("when", "after", "once", "if", "upon")) {
                continue;
            }
            int from = i;
            Optional<Argument> agent = afterTok(from, Argument::isEntity, from + 4);
            if (agent.isPresent()) {
                int end = Math.min(toks.size(), agent.get().lastTok() + 4);
                boolean passiveVerb = toks.subList(agent.get().lastTok() + 1, end).stream().anyMatch(t -> t.tag().equals("VBN"));
                return passiveVerb ? agent : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "less effective ... in the presence of X": the entity present. */
    Optional<Argument> presence() {
        for (int i = cue.lastTok() + 1; i + 1 < toks.size() && clauses.clause(i) == clauses.clause(cue.firstTok()); i++) {
            if (toks.get(i).is("presence") && toks.get(i + 1).is("of")) {
                return afterTok(i + 1, Argument::isEntity, i + 2 + PHRASE_REACH);
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
            if (clauses.clause(i) != clauses.clause(cue.firstTok())) {
                break;
            }
            if (toks.get(i).word().equals("by")) {
                return afterTok(i, Argument::isEntity, Math.min(limit, i + 1 + PHRASE_REACH));
            }
        }
        return Optional.empty();
    }

    /** The token before the cue is "and"/"or" and the cue is a finite verb: it shares the previous verb's subject. */
    boolean coordinatedVerb() {
        int i = cue.firstTok();
        return i > 0 && toks.get(i - 1).is("and", "or") && toks.get(i).tag().matches("VBZ|VBP|VBD|VB");
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
