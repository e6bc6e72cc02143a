package io.litmine.pipeline.ingest;

import java.time.Duration;

/** Receives the progress of a running ingest: files done (indexed, unchanged or failed) of the total. */
public interface IngestProgress {
    IngestProgress NONE = new IngestProgress() {
        @Override
        public void update(long done, long total, Duration elapsed) {
        }

        @Override
        public void finish() {
        }
    };

    void update(long done, long total, Duration elapsed);

    /** The pipeline is done; the merge follows. */
    void finish();
}
