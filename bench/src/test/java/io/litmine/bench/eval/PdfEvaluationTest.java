package io.litmine.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.litmine.pipeline.cli.LitmineCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 5 PDFs of {@code ../shared/data/papers/pdf-with-xml} (only the PDFs, copied to a temporary folder)
 * through the real ingest and papers export, scored against the publisher XML beside them as GROBID is
 * scored: reference counts, citation-context resolution, reference-field soft micro-F1. Skipped, with a
 * message, when {@code ../shared} is absent.
 */
@Tag("slow")
class PdfEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(PdfEvaluationTest.class);
    private static final Path GOLD = Path.of("..", "..", "shared", "data", "papers", "pdf-with-xml");
    private static final int PAPERS = 5;
    /** Measured 0.9938 (tp=483 fp=0 fn=6); the issue asks ≥ 0.85. Floors only go up. */
    private static final double RESOLUTION_F1_FLOOR = 0.993;
    /** Measured 0.9563 (tp=1205 fp=47 fn=63); the issue asks ≥ 0.88. */
    private static final double FIELDS_F1_FLOOR = 0.956;

    @Test
    void referenceCountsResolutionAndFieldsMeetTheirFloors(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "../shared is absent (no " + GOLD + "): skipping the PDF evaluation");
        Path pdfs = Files.createDirectory(dir.resolve("pdfs"));
        List<Path> sources;
        try (Stream<Path> files = Files.list(GOLD)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path pdf : sources) {
            Files.copy(pdf, pdfs.resolve(pdf.getFileName()));
        }
        Path index = dir.resolve("index");
        Path papers = dir.resolve("papers.jsonl");
        run("ingest", pdfs.toString(), "--index", index.toString());
        run("export", "--index", index.toString(), "--what", "papers", "--format", "jsonl", "--out", papers.toString());

        PaperEvaluation eval = PaperEvaluation.run(papers, GOLD);
        for (PaperScore p : eval.papers()) {
            LOG.info("{}: refs {}/{}, callouts {}/{}, resolution {}, fields F1 {}", p.name(), p.predRefs(), p.goldRefs(),
                    p.predCallouts(), p.goldCallouts(), p.resolution(), p.fieldsMicro().f1());
        }
        LOG.info("resolution {}; fields {}", eval.resolution(), eval.referenceFields());
        assertThat(eval.papers()).hasSize(PAPERS);
        assertThat(eval.missing()).isZero();
        assertThat(eval.refCountsExact()).isEqualTo(PAPERS);
        assertThat(eval.resolution().f1()).as("resolution %s", eval.resolution()).isGreaterThanOrEqualTo(RESOLUTION_F1_FLOOR);
        assertThat(eval.referenceFields().f1()).as("fields %s", eval.referenceFields()).isGreaterThanOrEqualTo(FIELDS_F1_FLOOR);
    }

    private static void run(String... args) {
        var cli = LitmineCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
    }
}
