package io.litmine.annotators.citation;

import io.litmine.corpus.model.Reference;
import io.litmine.corpus.refs.AuthorYearLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves author–year labels ("Slamon 2001", "Smith 2019a") to reference positions by first-author
 * surname and year, then the letter: an exact letter wins; a callout without a letter takes the only
 * entry of that author and year; one with a letter takes an entry printed without letters when it is the
 * only one. Whatever stays ambiguous or absent is unresolved.
 */
final class AuthorYearIndex {

    private static final Pattern LABEL = Pattern.compile("(.+) ((?:19|20)\\d{2})([a-z])?");

    private record Entry(int index, String letter) {
    }

    private final Map<String, List<Entry>> bySurnameYear = new HashMap<>();

    AuthorYearIndex(List<Reference> references) {
        for (Reference r : references) {
            AuthorYearLabel.of(r).ifPresent(label -> {
                Matcher m = LABEL.matcher(label);
                if (m.matches()) {
                    bySurnameYear.computeIfAbsent(AuthorYearLabel.key(m.group(1)) + m.group(2), k -> new ArrayList<>())
                            .add(new Entry(r.index(), m.group(3) == null ? "" : m.group(3)));
                }
            });
        }
    }

    Optional<Integer> resolve(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Entry> entries = bySurnameYear.getOrDefault(AuthorYearLabel.key(m.group(1)) + m.group(2), List.of());
        String letter = m.group(3) == null ? "" : m.group(3);
        List<Entry> exact = entries.stream().filter(e -> e.letter().equals(letter)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0).index());
        }
        return entries.size() == 1 && exact.isEmpty() ? Optional.of(entries.get(0).index()) : Optional.empty();
    }
}
