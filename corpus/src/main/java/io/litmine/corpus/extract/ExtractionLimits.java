package io.litmine.corpus.extract;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * What one file may cost: its size on disk ({@code maxBytes}, checked before it is read, so memory
 * stays bounded), the wall-clock time of its extraction ({@code timeout}: a hostile or pathological
 * file must not hang the batch) and the characters of text it may expand to ({@code maxTextChars}: a
 * zip bomb inflates a small DOCX into gigabytes of text).
 */
public record ExtractionLimits(long maxBytes, Duration timeout, int maxTextChars) implements Serializable {

    public static final long DEFAULT_MAX_MB = 100;
    public static final long DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * 1024 * 1024;
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    /** About 10,000 pages of text; a review paper is well under a million characters. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 20_000_000;

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive, got " + maxTextChars);
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_MAX_TEXT_CHARS);
    }

    /** The limits with another file size and time limit, keeping the text limit. */
    public ExtractionLimits with(long bytes, Duration time) {
        return new ExtractionLimits(bytes, time, maxTextChars);
    }

    /** The limits with another text limit. */
    public ExtractionLimits withMaxTextChars(int chars) {
        return new ExtractionLimits(maxBytes, timeout, chars);
    }

    /** "100 MB" for messages. */
    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : String.format("%.1f MB", bytes / 1048576.0);
    }
}
