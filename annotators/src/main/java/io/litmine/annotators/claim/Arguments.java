package io.litmine.annotators.claim;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The candidate arguments of one sentence: entity groups (mentions joined only by "/" become one
 * argument, as the GUIDELINE joins pathways and dimers: PI3K/AKT, ERBB2/ERBB3) and process nouns.
 * An entity is extended over a following manipulation word ("PTEN deficiency", "IGF1R signalling")
 * so the surface text keeps it while the id stays the entity's.
 */
final class Arguments {

    private static final Set<String> PROCESSES = Set.of("apoptosis", "proliferation", "growth", "resistance",
            "angiogenesis", "survival", "migration", "invasion", "metastasis", "progression", "differentiation",
            "tumorigenesis", "vasculature", "transformation", "sensitivity");
    private static final Set<String> PROCESS_MODIFIERS = Set.of("cell", "tumour", "tumor", "cancer");
    private static final Set<String> MANIPULATIONS = Set.of("deficiency", "knockdown", "loss", "overexpression",
            "expression", "signalling", "signaling", "activity", "amplification", "pathway", "level", "levels");

    private Arguments() {
    }

    static List<Argument> of(String text, List<Tok> toks, List<Mention> mentions) {
        List<Argument> args = new ArrayList<>(entities(text, toks, mentions));
        for (Tok t : toks) {
            boolean covered = args.stream().anyMatch(a -> t.index() >= a.firstTok() && t.index() <= a.lastTok());
            if (!covered && t.tag().startsWith("NN") && PROCESSES.contains(t.lemma())) {
                int first = t.index();
                if (first > 0 && PROCESS_MODIFIERS.contains(toks.get(first - 1).lemma())) {
                    first--;
                }
                int start = toks.get(first).start();
                args.add(new Argument(text.substring(start, t.end()), null, null, first, t.index(), start, t.end()));
            }
        }
        args.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return args;
    }

    private static List<Argument> entities(String text, List<Tok> toks, List<Mention> mentions) {
        List<Argument> args = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            // A gene name may contain a drug name ("mammalian target of rapamycin"): overlapping mentions never join.
            while (j + 1 < mentions.size() && mentions.get(j).end() <= mentions.get(j + 1).start()
                    && text.substring(mentions.get(j).end(), mentions.get(j + 1).start()).equals("/")) {
                j++;
            }
            List<Mention> group = mentions.subList(i, j + 1);
            Mention first = group.get(0);
            Mention last = group.get(group.size() - 1);
            String id = group.stream().map(Mention::name).distinct().collect(Collectors.joining("/"));
            EntityType type = group.stream().allMatch(m -> m.type() == EntityType.DRUG) ? EntityType.DRUG : EntityType.GENE;
            int firstTok = tokenAt(toks, first.start());
            int lastTok = tokenAt(toks, last.end() - 1);
            Argument arg = new Argument(text.substring(first.start(), last.end()), id, type, firstTok, lastTok,
                    first.start(), last.end());
            args.add(extend(text, toks, arg));
            i = j + 1;
        }
        return args;
    }

    /** "PTEN deficiency", "IGF-1R signalling": keep the manipulation in the surface text. */
    private static Argument extend(String text, List<Tok> toks, Argument arg) {
        int next = arg.lastTok() + 1;
        if (next < toks.size() && toks.get(arg.lastTok()).end() == arg.end()
                && MANIPULATIONS.contains(toks.get(next).lemma())) {
            Tok t = toks.get(next);
            return arg.withText(text.substring(arg.start(), t.end()), next, t.end());
        }
        return arg;
    }

    static int tokenAt(List<Tok> toks, int offset) {
        for (Tok t : toks) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        // Offsets always fall inside a token; the nearest preceding token is a safe fallback.
        int best = 0;
        for (Tok t : toks) {
            if (t.start() <= offset) {
                best = t.index();
            }
        }
        return best;
    }
}
