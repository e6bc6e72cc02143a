package io.litmine.pipeline.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress for a person at a terminal (one rewritten line) or for a log (a line now and then). */
public final class ProgressDisplays {
    private ProgressDisplays() {
    }

    /** A line rewritten in place with \r: papers done/total, rate and ETA. */
    public static IngestProgress terminal(PrintWriter out) {
        return new IngestProgress() {
            private int width;

            @Override
            public void update(long done, long total, Duration elapsed) {
                String line = describe(done, total, elapsed);
                out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                out.flush();
                width = line.length();
            }

            @Override
            public void finish() {
                if (width > 0) {
                    out.print("\r" + " ".repeat(width) + "\r");
                    out.flush();
                }
            }
        };
    }

    /** Plain log lines, at most one every {@code every}, for runs whose output is not a terminal. */
    public static IngestProgress log(Duration every) {
        Logger log = LoggerFactory.getLogger(IngestService.class);
        return new IngestProgress() {
            private Duration last = Duration.ZERO;

            @Override
            public void update(long done, long total, Duration elapsed) {
                if (elapsed.minus(last).compareTo(every) >= 0) {
                    last = elapsed;
                    log.info(describe(done, total, elapsed));
                }
            }

            @Override
            public void finish() {
            }
        };
    }

    static String describe(long done, long total, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        String eta = done == 0 || done >= total ? "–" : formatDuration((long) ((total - done) / rate));
        return String.format(Locale.ROOT, "%d/%d papers, %.2f papers/s, ETA %s", done, total, rate, eta);
    }

    private static String formatDuration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
