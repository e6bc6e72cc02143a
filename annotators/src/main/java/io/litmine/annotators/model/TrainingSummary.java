package io.litmine.annotators.model;

import io.litmine.corpus.model.EntityType;
import java.nio.file.Path;
import java.time.Duration;

/** What a training run did: for the user's terminal and the benchmark notes. */
public record TrainingSummary(EntityType type, Path model, int sentences, int tokens, int mentions, Duration time, long bytes) {
    public String describe() {
        String what = MentionModel.describe(type);
        return String.format("trained %s model on %,d sentences (%,d tokens, %,d %s mentions) in %d min %02d s; wrote %s (%.1f MB)",
                what, sentences, tokens, mentions, what, time.toMinutes(), time.toSecondsPart(), model, bytes / 1e6);
    }
}
