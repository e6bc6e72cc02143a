package io.litmine.annotators.claim;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Relation;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The domain vocabulary of the syntactic claim extractor, read from the commented resource files beside
 * this class: {@code triggers.tsv} (relation triggers), {@code argument-nouns.tsv} (manipulation and
 * measurement nouns) and {@code state-modifiers.tsv} (adjectives of state). Immutable and shared.
 */
final class ClaimLexicon {

    private static final ClaimLexicon DEFAULT = new ClaimLexicon();

    private final Map<Trigger.Kind, Map<String, Trigger>> triggers = new EnumMap<>(Trigger.Kind.class);
    private final Map<String, ArgumentNoun> nouns = new HashMap<>();
    private final Map<String, ArgumentState> modifiers = new HashMap<>();
    private final java.util.Set<String> samples = new java.util.HashSet<>();
    private final java.util.Set<String> carriers = new java.util.HashSet<>();
    private final java.util.Set<String> complexHeads = new java.util.HashSet<>();
    private final java.util.Set<String> combinationHeads = new java.util.HashSet<>();
    private final java.util.Set<String> nameHeads = new java.util.HashSet<>();
    private final java.util.Set<String> coordinationAdverbs = new java.util.HashSet<>();

    private ClaimLexicon() {
        for (Trigger.Kind k : Trigger.Kind.values()) {
            triggers.put(k, new HashMap<>());
        }
        read("triggers.tsv", f -> {
            Trigger.Kind kind = Trigger.Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
            Effect effect = Effect.parse(f[2]);
            Relation fixed = effect == null ? Relation.valueOf(f[2]) : null;
            Pattern prep = f.length > 3 && !f[3].equals("-") ? Pattern.compile(f[3]) : null;
            Relation passive = f.length > 4 ? Relation.valueOf(f[4]) : null;
            triggers.get(kind).put(f[0], new Trigger(f[0], kind, effect, fixed, prep, passive));
        });
        read("argument-nouns.tsv", f -> {
            if (f[1].equals("sample")) {
                samples.add(f[0]);
            } else if (f[1].equals("name")) {
                nameHeads.add(f[0]);
            } else if (f[1].equals("carrier")) {
                carriers.add(f[0]);
            } else if (f[1].equals("complex")) {
                complexHeads.add(f[0]);
            } else if (f[1].equals("combination")) {
                combinationHeads.add(f[0]);
            } else {
                nouns.put(f[0], new ArgumentNoun(f[0], f[1].equals("-") ? ArgumentState.NONE : ArgumentState.fromLabel(f[1]),
                        Effect.parse(f[2])));
            }
        });
        read("state-modifiers.tsv", f -> modifiers.put(f[0], ArgumentState.fromLabel(f[1])));
        read("coordination-adverbs.txt", f -> coordinationAdverbs.add(f[0]));
    }

    static ClaimLexicon get() {
        return DEFAULT;
    }

    Optional<Trigger> trigger(Trigger.Kind kind, String lemma) {
        return Optional.ofNullable(triggers.get(kind).get(lemma));
    }

    /** The lemmas of one kind as a regex alternation, for the patterns' macros. */
    String alternation(Trigger.Kind kind) {
        return triggers.get(kind).keySet().stream().sorted().collect(Collectors.joining("|"));
    }

    /**
     * Whether the token can carry a relation in its part of speech: a verb trigger as a verb, a noun
     * trigger as a noun ("control cells" carry nothing). A sentence without one is not worth a parse.
     */
    boolean isCue(Tok t) {
        String tag = t.tag();
        String lemma = t.lemma();
        if (tag.startsWith("VB")) {
            return has(lemma, Trigger.Kind.VERB, Trigger.Kind.REVERSE, Trigger.Kind.VIA, Trigger.Kind.STIMULUS);
        }
        if (tag.startsWith("NN")) {
            return has(lemma, Trigger.Kind.NOUN, Trigger.Kind.AGENT) || lemma.equals("resistance") || lemma.equals("sensitivity");
        }
        return tag.startsWith("JJ") && has(lemma, Trigger.Kind.PREDICATE, Trigger.Kind.VIA, Trigger.Kind.STIMULUS, Trigger.Kind.ADJECTIVE,
                Trigger.Kind.VERB);
    }

    /** Whether some trigger of any kind has this lemma. */
    boolean isTriggerLemma(String lemma) {
        return has(lemma, Trigger.Kind.values());
    }

    private boolean has(String lemma, Trigger.Kind... kinds) {
        for (Trigger.Kind k : kinds) {
            if (triggers.get(k).containsKey(lemma)) {
                return true;
            }
        }
        return false;
    }

    Optional<ArgumentNoun> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma));
    }

    /** "cell", "line", "mouse": a head noun whose entity modifier only describes a sample. */
    /** "and subsequently", "and then": an adverb that may follow a list's coordinator (coordination-adverbs.txt). */
    boolean isCoordinationAdverb(String word) {
        return coordinationAdverbs.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isSampleHead(String lemma) {
        return samples.contains(lemma);
    }

    /** "receptor", "gene": a head whose compound or apposition names the entity itself. */
    boolean isNameHead(String lemma) {
        return nameHeads.contains(lemma);
    }

    /** "mechanism", "means": a head whose agent is the subject of the verb governing it. */
    boolean isCarrier(String lemma) {
        return carriers.contains(lemma);
    }

    /** "combination", "co-treatment": a head whose two named agents are one subject, "A + B". */
    boolean isCombinationHead(String lemma) {
        return combinationHeads.contains(lemma);
    }

    /** "interaction", "complex": a head whose two named participants are one argument, the pair. */
    boolean isComplexHead(String lemma) {
        return complexHeads.contains(lemma);
    }

    /** The state a modifier sets; "low/absent" sets the state its parts agree on. */
    Optional<ArgumentState> modifier(String lemma) {
        ArgumentState whole = modifiers.get(lemma);
        if (whole != null || lemma.indexOf('/') < 0) {
            return Optional.ofNullable(whole);
        }
        ArgumentState agreed = null;
        for (String part : lemma.split("/")) {
            ArgumentState s = modifiers.get(part);
            if (s == null || agreed != null && agreed != s) {
                return Optional.empty();
            }
            agreed = s;
        }
        return Optional.ofNullable(agreed);
    }

    /** Each content line of the resource, as its fields; a malformed line fails naming file:line. */
    private static void read(String name, Consumer<String[]> row) {
        for (RuleFile.Line line : RuleFile.lines(ClaimLexicon.class, name)) {
            try {
                row.accept(line.fields().toArray(String[]::new));
            } catch (RuntimeException e) {
                throw line.error(e.toString());
            }
        }
    }
}
