package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.pipeline.cli.LitmineCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed evaluation, end to end through the real command line: ingest the seed review into a fresh
 * index, export its claims as JSONL, score them against the gold claims with {@link ClaimScorer}.
 *
 * <p>{@code bench/run io.litmine.bench.eval.SeedClaimEvaluation [SEED.md GOLD.jsonl WORKDIR]}
 * (defaults: ../shared/seeds/trastuzumab-resistance-review.md, ../shared/gold/seed/claims.jsonl, a temp folder).
 */
public final class SeedClaimEvaluation {

    public static final Path SEED = Path.of("seeds", "trastuzumab-resistance-review.md");
    public static final Path GOLD = Path.of("gold", "seed", "claims.jsonl");

    private SeedClaimEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of("..", "shared");
        Path seed = args.length > 0 ? Path.of(args[0]) : shared.resolve(SEED);
        Path gold = args.length > 1 ? Path.of(args[1]) : shared.resolve(GOLD);
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("litmine-seed-eval");
        Path export = exportClaims(seed, work);
        System.out.println("claims export: " + export);
        System.out.println(score(export, gold).report());
    }

    /** Ingests {@code seed} into {@code work}/index and writes {@code work}/claims.jsonl. */
    public static Path exportClaims(Path seed, Path work) {
        Path index = work.resolve("index");
        Path out = work.resolve("claims.jsonl");
        run("ingest", seed.toString(), "--index", index.toString());
        run("export", "--index", index.toString(), "--what", "claims", "--format", "jsonl", "--out", out.toString());
        return out;
    }

    public static ClaimScores score(Path claims, Path gold) throws IOException {
        return ClaimScorer.score(read(gold), read(claims));
    }

    private static void run(String... args) {
        int code = LitmineCli.commandLine().execute(args);
        if (code != LitmineCli.OK) {
            throw new IllegalStateException("litmine " + String.join(" ", args) + " exited with " + code);
        }
    }

    static List<JsonNode> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }
}
