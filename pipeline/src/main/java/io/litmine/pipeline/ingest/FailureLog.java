package io.litmine.pipeline.ingest;

import io.litmine.pipeline.beam.Failure;
import io.litmine.pipeline.beam.WriteFailures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code failures.jsonl}: the files of this index that currently fail, one JSON object per line
 * ({"source","stage","reason"}). An ingest replaces the entries of the files it processed (a file
 * that now succeeds leaves the log) and keeps the others. Written to a temporary file and moved into
 * place, so a crash never leaves a half-written log.
 */
final class FailureLog {
    private static final Logger LOG = LoggerFactory.getLogger(FailureLog.class);
    private final Path file;

    FailureLog(Path file) {
        this.file = file;
    }

    List<Failure> read() throws IOException {
        List<Failure> failures = new ArrayList<>();
        if (!Files.exists(file)) {
            return failures;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                failures.add(WriteFailures.fromJson(line));
            }
        }
        return failures;
    }

    /** Replaces the entries for {@code processedSources} by {@code current}. */
    void update(Set<String> processedSources, Collection<Failure> current) throws IOException {
        Map<String, Failure> bySource = new LinkedHashMap<>();
        for (Failure old : read()) {
            if (!processedSources.contains(old.source())) {
                bySource.put(old.source(), old);
            }
        }
        current.forEach(f -> bySource.put(f.source(), f));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        List<String> lines = bySource.values().stream().map(WriteFailures::toJson).toList();
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.debug("{} now lists {} failing file(s)", file, lines.size());
    }

    /** Failures the pipeline wrote as JSON lines into a staging folder. */
    static List<Failure> readStaged(Path stagingDir) throws IOException {
        List<Failure> failures = new ArrayList<>();
        try (var files = Files.list(stagingDir)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith(WriteFailures.PREFIX)).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        failures.add(WriteFailures.fromJson(line));
                    }
                }
            }
        }
        return failures;
    }
}
