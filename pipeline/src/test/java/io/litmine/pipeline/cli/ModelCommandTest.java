package io.litmine.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code litmine model train-genes} and {@code tag --model} through the real command line, on a toy training file. */
class ModelCommandTest {

    private static final String[] GENES = {"ZYX9", "Qrt1", "KLP4", "Mxa2", "TRB7", "Sfp3", "WNK8", "Plo5"};

    @TempDir
    static Path dir;
    private static Path models;
    private static CliRun trained;

    @BeforeAll
    static void train() throws Exception {
        StringBuilder iob = new StringBuilder();
        for (String gene : GENES) {
            iob.append("Expression\tO\nof\tO\n").append(gene).append("\tB-GENE\ngene\tO\nwas\tO\nhigh\tO\n.\tO\n\n");
            iob.append("We\tO\nsaw\tO\nrain\tO\nagain\tO\n.\tO\n\n");
        }
        Files.writeString(dir.resolve("train.tsv"), iob, StandardCharsets.UTF_8);
        models = dir.resolve("models");
        trained = CliRun.of("model", "train-genes", "--iob", dir.resolve("train.tsv").toString(), "--out", models.toString(),
                "--max-iterations", "30");
    }

    @Test
    void trainsAndSaysWhatItWrote() {
        assertThat(trained.exitCode()).isZero();
        assertThat(trained.out()).startsWith("trained gene model on 16 sentences").contains("genes-crf.weights.gz");
    }

    @Test
    void aMalformedFileIsOneLineAndTheModelStays() throws Exception {
        Path model = models.resolve("genes-crf.weights.gz");
        byte[] before = Files.readAllBytes(model);
        Files.writeString(dir.resolve("bad.tsv"), "Expression O\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("model", "train-genes", "--iob", dir.resolve("bad.tsv").toString(), "--out", models.toString());
        assertThat(run.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(run.err().strip()).startsWith("litmine model train-genes: ").contains("bad.tsv line 1: expected token<TAB>label")
                .doesNotContain("\n");
        assertThat(Files.readAllBytes(model)).isEqualTo(before);
    }

    @Test
    void tagUsesTheModelAndMarksUnnamedGenes() {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream("S1\tExpression of DKR6 gene was high.\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of("tag", "--input-format", "lines", "--model", models.toString());
            assertThat(run.exitCode()).isZero();
            assertThat(run.out().lines()).contains("S1\t14\t18\tDKR6\tGene\t-");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aFolderWithoutAModelIsAUsageError() {
        CliRun run = CliRun.of("tag", "--model", dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(run.err()).contains("holds no genes-crf.weights.gz");
    }

    @Test
    void aLexiconFolderWithoutLexiconFilesIsAUsageError() {
        CliRun run = CliRun.of("model", "train-genes", "--iob", dir.resolve("train.tsv").toString(),
                "--out", dir.resolve("other").toString(), "--lexicon", dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(LitmineCli.USAGE);
        assertThat(run.err()).contains("holds no genes.tsv and drugs.tsv");
        assertThat(dir.resolve("other")).doesNotExist();
    }
}
