package io.litmine.pipeline.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/** Dead letters → JSON lines in the staging folder; the driver folds them into {@code failures.jsonl}. */
public final class WriteFailures extends PTransform<PCollection<Failure>, PDone> {
    public static final String PREFIX = "failures";
    public static final String SUFFIX = ".jsonl";
    private final String stagingDir;

    public WriteFailures(String stagingDir) {
        this.stagingDir = stagingDir;
    }

    @Override
    public PDone expand(PCollection<Failure> failures) {
        return failures
                .apply("FormatFailureAsJson", MapElements.via(new ToJson()))
                .apply("WriteFailureLines", TextIO.write().to(stagingDir + "/" + PREFIX).withSuffix(SUFFIX));
    }

    /** One failure as one JSON object: {"source","stage","reason"}. */
    public static String toJson(Failure failure) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("source", failure.source());
        row.put("stage", failure.stage().name().toLowerCase(java.util.Locale.ROOT));
        row.put("reason", failure.reason());
        try {
            return MAPPER.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Failure fromJson(String line) throws IOException {
        Map<?, ?> row = MAPPER.readValue(line, Map.class);
        return new Failure(String.valueOf(row.get("source")),
                Failure.Stage.valueOf(String.valueOf(row.get("stage")).toUpperCase(java.util.Locale.ROOT)),
                String.valueOf(row.get("reason")));
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final class ToJson extends SimpleFunction<Failure, String> {
        @Override
        public String apply(Failure failure) {
            return WriteFailures.toJson(failure);
        }
    }
}
