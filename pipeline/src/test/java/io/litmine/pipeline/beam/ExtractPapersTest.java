package io.litmine.pipeline.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.extract.ExtractionLimits;
import io.litmine.corpus.model.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract step on the DirectRunner: good files become papers, bad ones dead letters, known ones vanish. */
class ExtractPapersTest {
    @TempDir
    Path dir;

    @Test
    void badFilesBecomeFailuresAndTheBatchGoesOn() throws IOException {
        Path good = write("good.txt", "Loss of PTEN activates PI3K signalling (1).\n\nReferences\n\n1. Doe J. A paper. J Biol. 2001;1:1-2.\n");
        Path empty = write("empty.txt", "");
        Path corrupt = dir.resolve("corrupt.pdf");
        Files.write(corrupt, "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage \u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1));

        Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
        PCollectionTuple out = p
                .apply(Create.of(List.of(good.toString(), empty.toString(), corrupt.toString())).withCoder(StringUtf8Coder.of()))
                .apply(FileIO.matchAll())
                .apply(FileIO.readMatches())
                .apply(new ExtractPapers(Set.of()));

        PAssert.that(out.get(Tags.PAPERS).apply(MapElements.into(TypeDescriptors.strings()).via(Paper::source)))
                .containsInAnyOrder(good.toString());
        // The check is serialised with the pipeline: it may capture strings, not Paths.
        String emptySource = empty.toString();
        String corruptSource = corrupt.toString();
        PAssert.that(out.get(Tags.EXTRACT_FAILURES)).satisfies(failures -> {
            List<Failure> list = StreamSupport.stream(failures.spliterator(), false).toList();
            assertThat(list).extracting(Failure::source).containsExactlyInAnyOrder(emptySource, corruptSource);
            assertThat(list).allSatisfy(f -> {
                assertThat(f.stage()).isEqualTo(Failure.Stage.EXTRACT);
                assertThat(f.reason()).isNotBlank().doesNotContain("\n");
            });
            return null;
        });
        p.run().waitUntilFinish();
    }

    @Test
    void fileOverTheSizeLimitFailsUnreadWithItsReasonAndTheBatchGoesOn() throws IOException {
        Path good = write("good.txt", "Lapatinib inhibits HER2 kinase activity (1).\n");
        Path big = dir.resolve("big.pdf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024); // sparse
        }
        Path xxe = write("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
        ExtractionLimits limits = ExtractionLimits.defaults().with(2L * 1024 * 1024, java.time.Duration.ofSeconds(30));

        Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
        PCollectionTuple out = p
                .apply(Create.of(List.of(good.toString(), big.toString(), xxe.toString())).withCoder(StringUtf8Coder.of()))
                .apply(FileIO.matchAll())
                .apply(FileIO.readMatches())
                .apply(new ExtractPapers(Set.of(), limits));

        PAssert.that(out.get(Tags.PAPERS).apply(MapElements.into(TypeDescriptors.strings()).via(Paper::source)))
                .containsInAnyOrder(good.toString());
        PAssert.that(out.get(Tags.EXTRACT_FAILURES)).containsInAnyOrder(
                new Failure(big.toString(), Failure.Stage.READ, "file too large: 3 MB exceeds the limit of 2 MB (--max-file-mb)"),
                new Failure(xxe.toString(), Failure.Stage.EXTRACT,
                        "refused: the XML declares an external entity (XXE), which could read files outside the input"));
        p.run().waitUntilFinish();
    }

    @Test
    void papersAlreadyInTheIndexAreSkipped() throws Exception {
        Path good = write("good.txt", "Lapatinib inhibits HER2 kinase activity (1).\n");
        String id = new io.litmine.corpus.extract.PaperExtractor().extract(good).paperId();

        Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
        PCollectionTuple out = p
                .apply(Create.of(List.of(good.toString())).withCoder(StringUtf8Coder.of()))
                .apply(FileIO.matchAll())
                .apply(FileIO.readMatches())
                .apply(new ExtractPapers(Set.of(id)));
        PAssert.that(out.get(Tags.PAPERS)).empty();
        PAssert.that(out.get(Tags.EXTRACT_FAILURES)).empty();
        p.run().waitUntilFinish();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
