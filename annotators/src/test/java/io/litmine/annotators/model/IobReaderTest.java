package io.litmine.annotators.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IobReaderTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("train.tsv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsSentencesAndFoldsLabels() throws Exception {
        List<List<CoreLabel>> s = IobReader.read(file("-DOCSTART-\tO\n\nLoss\tO\nof\tO\nS\tB-GENE\n-\tI-GENE\n100\tI-GENE\n\n\np53\tB-GENE\n"));
        assertThat(s).hasSize(2);
        assertThat(s.get(0)).extracting(CoreLabel::word).containsExactly("Loss", "of", "S", "-", "100");
        assertThat(s.get(0)).extracting(t -> t.get(CoreAnnotations.AnswerAnnotation.class)).containsExactly("O", "O", "B", "I", "I");
    }

    @Test
    void refusesAWrongLabelWithItsLine() throws Exception {
        Path f = file("Loss\tO\nof\tGENE\n");
        assertThatThrownBy(() -> IobReader.read(f)).isInstanceOf(ModelException.class)
                .hasMessageContaining("line 2").hasMessageContaining("O, B-TYPE or I-TYPE");
    }

    @Test
    void refusesALineWithoutATab() throws Exception {
        assertThatThrownBy(() -> IobReader.read(file("Loss O\n"))).hasMessageContaining("line 1");
    }

    @Test
    void refusesTwoEntityTypes() throws Exception {
        assertThatThrownBy(() -> IobReader.read(file("a\tB-GENE\nb\tB-Chemical\n")))
                .hasMessageContaining("one entity type");
    }

    @Test
    void refusesAFileWithoutEntities() throws Exception {
        assertThatThrownBy(() -> IobReader.read(file("a\tO\nb\tO\n"))).hasMessageContaining("no B- labelled entities");
        assertThatThrownBy(() -> IobReader.read(file("\n\n"))).hasMessageContaining("no sentences");
    }

    @Test
    void refusesBinary() throws Exception {
        Path f = dir.resolve("model.gz");
        Files.write(f, new byte[] {(byte) 0x1f, (byte) 0x8b, 8, 0, (byte) 0xff, (byte) 0xfe, 9, 10});
        assertThatThrownBy(() -> IobReader.read(f)).isInstanceOf(ModelException.class);
    }
}
