package io.litmine.bench.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.litmine.bench.relations.ScorerText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gold claims as score_claims.py reads its GOLD argument: one claims file, or a folder of them (every
 * {@code claims-*.jsonl}, in name order, e.g. the six hand-labelled JATS papers of
 * {@code ../shared/gold/claims}), with the union of their {@code .scope} sidecars.
 */
public record GoldClaims(List<JsonNode> claims, List<Path> files, Optional<ClaimScope> scope) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    public GoldClaims {
        claims = List.copyOf(claims);
        files = List.copyOf(files);
    }

    public static GoldClaims read(Path gold) throws ClaimInputException {
        List<Path> files = Files.isDirectory(gold) ? claimFiles(gold) : List.of(gold);
        if (files.isEmpty()) {
            throw new ClaimInputException("no claims-*.jsonl in " + gold);
        }
        List<JsonNode> claims = new ArrayList<>();
        for (Path f : files) {
            claims.addAll(readJsonl(f, "gold claims"));
        }
        if (claims.isEmpty()) {
            throw new ClaimInputException("gold claims file " + gold + " is empty");
        }
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!ClaimText.truthy(claims.get(i).get("sentence"))) {
                bad.add(i + 1);
            }
        }
        if (!bad.isEmpty()) {
            throw new ClaimInputException("gold claims " + gold + ": claims " + bad.subList(0, Math.min(5, bad.size()))
                    + " have no 'sentence'");
        }
        return new GoldClaims(claims, files, ClaimScope.auto(files));
    }

    /** The papers the gold was labelled on (the "doc" values, in first-seen order): ingest exactly these. */
    public Set<String> docIds() {
        Set<String> out = new LinkedHashSet<>();
        claims.forEach(c -> out.add(c.path("doc").asText()));
        out.remove("");
        return out;
    }

    private static List<Path> claimFiles(Path dir) throws ClaimInputException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("claims-") && n.endsWith(".jsonl");
            }).sorted().toList();
        } catch (IOException e) {
            throw new ClaimInputException("gold folder " + dir + " cannot be listed: " + e.getMessage(), e);
        }
    }

    /** evalutil.read_jsonl: one JSON object per non-blank line. */
    public static List<JsonNode> readJsonl(Path file, String what) throws ClaimInputException {
        if (!Files.isRegularFile(file)) {
            throw new ClaimInputException(what + " not found: " + file);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimInputException(what + " " + file + " is not UTF-8 text (" + e.getMessage() + ")", e);
        }
        List<JsonNode> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (ScorerText.strip(line).isEmpty()) {
                continue;
            }
            JsonNode obj;
            try {
                obj = JSON.readTree(line);
            } catch (IOException e) {
                throw new ClaimInputException(what + " " + file + ":" + (n + 1) + ": not valid JSON", e);
            }
            if (!obj.isObject()) {
                throw new ClaimInputException(what + " " + file + ":" + (n + 1) + ": expected a JSON object per line");
            }
            rows.add(obj);
        }
        return rows;
    }
}
