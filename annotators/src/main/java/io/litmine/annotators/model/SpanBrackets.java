package io.litmine.annotators.model;

import io.litmine.corpus.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts a model span at brackets it cannot own. A name never holds half a bracket pair, so
 * "transforming growth factor α (TGF α" is two mentions, cut at the unmatched "("; and a trailing
 * bracket with no letter in it is a citation or a panel label, never part of a name: "HER2 protein
 * (5)" ends before "(5)". Parts left with no letter or digit are dropped.
 */
final class SpanBrackets {

    private SpanBrackets() {
    }

    static List<Span> cut(String text, Span span) {
        int end = withoutTrailingNumberGroup(text, span);
        List<Integer> unmatched = unmatched(text, span.start(), end);
        if (end == span.end() && unmatched.isEmpty()) {
            return List.of(span);
        }
        List<Span> parts = new ArrayList<>();
        int from = span.start();
        for (int at : unmatched) {
            add(text, from, at, parts);
            from = at + 1;
        }
        add(text, from, end, parts);
        return parts;
    }

    private static int withoutTrailingNumberGroup(String text, Span span) {
        int end = span.end();
        if (end - span.start() < 3 || !isClose(text.charAt(end - 1))) {
            return end;
        }
        for (int k = end - 2; k >= span.start(); k--) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                return end;
            }
            if (isOpen(c)) {
                return k;
            }
        }
        return end;
    }

    private static List<Integer> unmatched(String text, int from, int to) {
        Deque<Integer> open = new ArrayDeque<>();
        List<Integer> unmatched = new ArrayList<>();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (isOpen(c)) {
                open.push(k);
            } else if (isClose(c)) {
                if (open.isEmpty()) {
                    unmatched.add(k);
                } else {
                    open.pop();
                }
            }
        }
        unmatched.addAll(open);
        unmatched.sort(null);
        return unmatched;
    }

    private static void add(String text, int from, int to, List<Span> parts) {
        while (from < to && !Character.isLetterOrDigit(text.codePointAt(from)) && !isOpen(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.codePointBefore(to)) && !isClose(text.charAt(to - 1))) {
            to--;
        }
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                parts.add(new Span(from, to));
                return;
            }
        }
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '[';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == ']';
    }
}
