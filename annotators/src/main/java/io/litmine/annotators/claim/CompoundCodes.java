package io.litmine.annotators.claim;

import io.litmine.corpus.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Development codes of compounds the lexicon lacks ("MK-2206", "BYL719", "LY294002", "NPI-0052"),
 * found by the shape of {@code lexicon/compound-codes.tsv} (development codes are normalised as printed),
 * in any sentence: the drug annotator tags codes only in a sentence with a compound cue. The tokenizer splits "MK-2206" into three tokens; a code is read over adjacent
 * tokens. A code before "cell(s)" or "line" names a cell line, not a compound.
 */
final class CompoundCodes {

    private static final int MAX_TOKENS = 5;

    private CompoundCodes() {
    }

    /** Code arguments over tokens no other argument covers. */
    static List<Argument> find(String text, List<Tok> toks, List<Argument> taken) {
        List<Argument> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int end = longestCode(text, toks, i, taken);
            if (end < 0) {
                i++;
                continue;
            }
            Tok first = toks.get(i);
            Tok last = toks.get(end);
            String code = text.substring(first.start(), last.end());
            boolean cellLine = end + 1 < toks.size() && toks.get(end + 1).is("cell", "line", "cells", "lines");
            if (!cellLine) {
                out.add(Argument.entity(code, code, EntityType.DRUG, i, end, first.start(), last.end()));
            }
            i = end + 1;
        }
        return out;
    }

    /** The last token of the longest code starting at token {@code i}, or -1. */
    private static int longestCode(String text, List<Tok> toks, int i, List<Argument> taken) {
        int best = -1;
        for (int j = i; j < Math.min(toks.size(), i + MAX_TOKENS); j++) {
            if (j > i && toks.get(j).start() != toks.get(j - 1).end() || covered(taken, j)) {
                break;
            }
            if (io.litmine.annotators.lexicon.CompoundCodes.isCode(text.substring(toks.get(i).start(), toks.get(j).end()))) {
                best = j;
            }
        }
        boolean boundedLeft = i == 0 || toks.get(i - 1).end() != toks.get(i).start();
        boolean boundedRight = best < 0 || best + 1 >= toks.size() || toks.get(best + 1).start() != toks.get(best).end();
        return boundedLeft && boundedRight ? best : -1;
    }

    private static boolean covered(List<Argument> args, int tok) {
        return args.stream().anyMatch(a -> tok >= a.firstTok() && tok <= a.lastTok());
    }
}
