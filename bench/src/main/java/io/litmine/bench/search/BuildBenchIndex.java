package io.litmine.bench.search;

import io.litmine.corpus.files.FileTrees;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.write.IndexMerger;
import io.litmine.index.write.ShardWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the search benchmark's index: the papers of an ingested index (real papers through the
 * real pipeline) plus variants of them ({@link VariantPapers}) until at least TARGET claims, written
 * in shards and merged with {@link IndexMerger} as the pipeline does.
 *
 * <p>{@code bench/run io.litmine.bench.search.BuildBenchIndex SOURCE_INDEX OUT_INDEX TARGET [claims|sentences|papers]}
 * (index folders as {@code --index} takes them; OUT_INDEX must not exist; TARGET counts claims unless
 * the fourth argument says sentences or papers).
 */
public final class BuildBenchIndex {

    private static final int PAPERS_PER_SHARD = 400;

    private BuildBenchIndex() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: BuildBenchIndex SOURCE_INDEX OUT_INDEX TARGET [claims|sentences|papers]");
            System.exit(2);
        }
        String unit = args.length == 4 ? args[3] : "claims";
        Path source = Path.of(args[0]).resolve("lucene");
        Path out = Path.of(args[1]);
        long target = Long.parseLong(args[2]);
        if (Files.exists(out)) {
            throw new IllegalArgumentException(out + " exists; give a new folder");
        }
        long started = System.nanoTime();
        List<AnnotatedPaper> originals;
        try (EvidenceSearcher searcher = EvidenceSearcher.open(source)) {
            originals = searcher.papers();
        }
        Path staging = Files.createDirectories(out.resolve("staging"));
        VariantPapers variants = new VariantPapers();
        List<Path> shards = new ArrayList<>();
        long claims = 0;
        long sentences = 0;
        int papers = 0;
        int variant = 0;
        ShardWriter shard = null;
        while (count(unit, claims, sentences, papers) < target) {
            for (AnnotatedPaper original : originals) {
                if (count(unit, claims, sentences, papers) >= target) {
                    break;
                }
                AnnotatedPaper paper = variant == 0 ? original : variants.variant(original, variant);
                if (shard == null) {
                    Path dir = staging.resolve("shard-" + shards.size());
                    shards.add(dir);
                    shard = new ShardWriter(dir);
                }
                shard.add(paper);
                claims += paper.claims().size();
                sentences += paper.sentences().size();
                if (++papers % PAPERS_PER_SHARD == 0) {
                    shard.close();
                    shard = null;
                }
            }
            variant++;
        }
        if (shard != null) {
            shard.close();
        }
        long written = System.nanoTime();
        IndexMerger.merge(out.resolve("lucene"), shards);
        long merged = System.nanoTime();
        deleteTree(staging);
        System.out.printf("source papers: %d (from %s)%n", originals.size(), source);
        System.out.printf("papers: %d, sentences: %d, claims: %d, variants per paper: %d%n", papers, sentences, claims, variant);
        System.out.printf("build: %.1f s writing %d shards + %.1f s merging = %.1f s%n",
                (written - started) / 1e9, shards.size(), (merged - written) / 1e9, (merged - started) / 1e9);
        System.out.printf("index size: %.1f MiB%n", sizeOf(out.resolve("lucene")) / (1024.0 * 1024.0));
    }

    private static long count(String unit, long claims, long sentences, long papers) {
        return switch (unit) {
            case "sentences" -> sentences;
            case "papers" -> papers;
            default -> claims;
        };
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        FileTrees.delete(dir);
    }
}
