package io.litmine.annotators.gene.model;

import java.nio.file.Path;
import java.time.Duration;

/** What a training run did: for the user's terminal and the benchmark notes. */
public record TrainingSummary(Path model, int sentences, int tokens, int mentions, Duration time, long bytes) {
    public String describe() {
        return String.format("trained gene model on %,d sentences (%,d tokens, %,d gene mentions) in %d min %02d s; wrote %s (%.1f MB)",
                sentences, tokens, mentions, time.toMinutes(), time.toSecondsPart(), model, bytes / 1e6);
    }
}
