package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.bench.relations.ScorerText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The section headings a gold set was labelled in (score_claims.read_scope / in_scope): each gold
 * file's sidecar {@code .scope}, one heading per line, their union for a folder. A predicted claim is in
 * scope when its section, or the last " / " part of it, equals one of the headings (or their last part)
 * case- and punctuation-insensitively; the rest were never labelled and are dropped before scoring.
 */
public record ClaimScope(Set<String> headings) {

    public ClaimScope {
        headings = Set.copyOf(headings);
    }

    /** {@code --scope auto}: the sidecars of {@code goldFiles} that exist; empty when there is none. */
    public static Optional<ClaimScope> auto(List<Path> goldFiles) throws ClaimInputException {
        Set<String> keys = new HashSet<>();
        boolean any = false;
        for (Path gold : goldFiles) {
            String name = gold.getFileName().toString();
            Path scope = gold.resolveSibling(name.substring(0, Math.max(0, name.length() - ".jsonl".length())) + ".scope");
            if (!Files.isRegularFile(scope)) {
                continue;
            }
            any = true;
            try {
                for (String line : Files.readAllLines(scope, StandardCharsets.UTF_8)) {
                    if (!ScorerText.strip(line).isEmpty()) {
                        keys.add(ClaimText.headingKey(line));
                        keys.add(ClaimText.headingKey(lastPart(line)));
                    }
                }
            } catch (IOException e) {
                throw new ClaimInputException("scope file " + scope + " cannot be read: " + e.getMessage(), e);
            }
        }
        keys.remove("");
        return any ? Optional.of(new ClaimScope(keys)) : Optional.empty();
    }

    public boolean contains(JsonNode section) {
        String s = ClaimText.orEmpty(section);
        return headings.contains(ClaimText.headingKey(s)) || headings.contains(ClaimText.headingKey(lastPart(s)));
    }

    /** {@code s.split(" / ")[-1]}: Python splits left to right, without overlaps. */
    private static String lastPart(String s) {
        int start = 0;
        for (int at = s.indexOf(" / "); at >= 0; at = s.indexOf(" / ", at + 3)) {
            start = at + 3;
        }
        return s.substring(start);
    }
}
