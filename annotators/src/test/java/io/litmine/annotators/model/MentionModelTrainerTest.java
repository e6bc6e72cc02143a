package io.litmine.annotators.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.annotators.tag.TaggedEntity;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a small model on made-up sentences once; enough to see the wiring, not to measure. */
class MentionModelTrainerTest {

    private static final String[] GENES = {"ZYX9", "Qrt1", "KLP4", "Mxa2", "TRB7", "Sfp3", "WNK8", "Plo5"};
    private static final String[] WORDS = {"rain", "table", "music", "river", "paper", "window", "garden", "stone"};

    @TempDir
    static Path dir;
    private static Path models;
    private static TrainingSummary summary;

    @BeforeAll
    static void train() throws Exception {
        StringBuilder iob = new StringBuilder();
        for (int i = 0; i < GENES.length; i++) {
            iob.append("Expression\tO\nof\tO\n").append(GENES[i]).append("\tB-GENE\ngene\tO\nwas\tO\nhigh\tO\n.\tO\n\n");
            iob.append("The\tO\n").append(GENES[i]).append("\tB-GENE\nprotein\tO\nbinds\tO\n").append(WORDS[i]).append("\tO\n.\tO\n\n");
            iob.append("We\tO\nsaw\tO\nthe\tO\n").append(WORDS[i]).append("\tO\nagain\tO\n.\tO\n\n");
        }
        Files.writeString(dir.resolve("train.tsv"), iob, StandardCharsets.UTF_8);
        models = dir.resolve("models");
        summary = new MentionModelTrainer(Lexicon.builtIn(EntityType.GENE), 30, 1).train(dir.resolve("train.tsv"), models);
    }

    @Test
    void writesTheModelAndReportsWhatItRead() throws Exception {
        assertThat(summary.sentences()).isEqualTo(24);
        assertThat(summary.mentions()).isEqualTo(16);
        assertThat(summary.model()).isEqualTo(models.resolve(MentionModel.fileName(EntityType.GENE))).isRegularFile();
        assertThat(summary.bytes()).isEqualTo(Files.size(summary.model()));
        try (Stream<Path> files = Files.list(models)) {
            assertThat(files).containsExactly(summary.model());
        }
    }

    @Test
    void theModelFindsAnUnseenNameInAFamiliarContext() throws Exception {
        String text = "Expression of DKR6 gene was high .";
        List<Span> tokens = List.of(new Span(0, 10), new Span(11, 13), new Span(14, 18), new Span(19, 23),
                new Span(24, 27), new Span(28, 32), new Span(33, 34));
        assertThat(MentionModel.load(models, EntityType.GENE).mentions(text, tokens, List.of())).containsExactly(new Span(14, 18));
    }

    @Test
    void aMalformedFileLeavesThePreviousModelIntact() throws Exception {
        byte[] before = Files.readAllBytes(summary.model());
        Files.writeString(dir.resolve("bad.tsv"), "Expression\tO\nof\tGENE\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new MentionModelTrainer(Lexicon.builtIn(EntityType.GENE), 30, 1).train(dir.resolve("bad.tsv"), models))
                .isInstanceOf(ModelException.class).hasMessageContaining("line 2");
        assertThat(Files.readAllBytes(summary.model())).isEqualTo(before);
        try (Stream<Path> files = Files.list(models)) {
            assertThat(files).containsExactly(summary.model());
        }
    }

    @Test
    void theTaggerUsesTheModelAndNamesWhatTheLexiconKnows() {
        EntityTagger tagger = new EntityTagger(new AnnotatorConfig(null, ModelChoice.folder(models)));
        List<Mention> genes = tagger.tag("Expression of DKR6 gene was high. The PTEN protein binds HER2.").stream()
                .map(TaggedEntity::mention).filter(m -> m.type() == EntityType.GENE).toList();
        assertThat(genes).extracting(Mention::text).contains("DKR6", "PTEN", "HER2");
        assertThat(genes).filteredOn(m -> m.text().equals("DKR6")).extracting(Mention::id)
                .containsExactly(MentionMerger.UNNORMALISED_ID);
        assertThat(genes).filteredOn(m -> m.text().equals("PTEN")).extracting(Mention::id).containsExactly("HGNC:9588");
    }

    @Test
    void aFolderWithoutAModelIsRefused() {
        assertThatThrownBy(() -> ModelChoice.folder(dir.resolve("empty")))
                .isInstanceOf(ModelException.class).hasMessageContaining(MentionModel.fileName(EntityType.GENE));
    }
}
