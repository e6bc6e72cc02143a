package io.litmine.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.annotators.tag.TaggedEntity;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short forms a document defines: the definition, not another entry's synonym, says what they are. */
class AbbreviationsTest {

    @TempDir
    Path dir;

    @Test
    void aChemicalsShortFormIsNotTheGeneItIsAlsoASynonymOf() throws IOException {
        List<Mention> found = tag("Sphingosine-1-phosphate (S1P) is a bioactive lipid. "
                + "S1P induces EGFR transactivation through its receptors.");
        assertThat(found).filteredOn(m -> m.text().equals("S1P")).hasSize(2).allSatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityType.DRUG);
            assertThat(m.name()).isEqualToIgnoringCase("sphingosine-1-phosphate");
        });
        assertThat(found).extracting(Mention::name).doesNotContain("MBTPS1").contains("EGFR");
        // One compound's systematic name, though the lexicon names two of its parts.
        assertThat(found).filteredOn(m -> m.type() == EntityType.DRUG).extracting(Mention::name)
                .doesNotContain("sphingosine", "phosphate ion");
    }

    @Test
    void theDefinitionCountsWhereTheSynonymWasNotMatched() throws IOException {
        // PR needs breast-cancer cue words, which the defining sentence lacks.
        List<Mention> found = tag("Pyruvate (PR) was added. PR levels rose in breast tumours treated with tamoxifen.");
        assertThat(found).extracting(Mention::name).doesNotContain("PGR");
        assertThat(tag("PR levels rose in breast tumours treated with tamoxifen.")).extracting(Mention::name).contains("PGR");
    }

    @Test
    void aGeneDefinedByItsOwnLongFormKeepsItsShortForm() throws IOException {
        List<Mention> found = tag("The site-1 protease (S1P) cleaves SREBP2 in the Golgi. S1P is required for this step.");
        assertThat(found).filteredOn(m -> m.text().equals("S1P")).hasSize(2)
                .allSatisfy(m -> assertThat(m.name()).isEqualTo("MBTPS1"));
    }

    @Test
    void aLongFormThatNamesBothTypesSettlesNothing() throws IOException {
        List<Mention> found = tag("Insulin-like growth factor 1 (IGF-1) activates IGF1R. IGF-1 also binds IGFBP3.");
        assertThat(found).filteredOn(m -> m.type() == EntityType.GENE).extracting(Mention::name).contains("IGF1");
    }

    private List<Mention> tag(String text) throws IOException {
        Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(lexicon.resolve("genes.tsv"), "MBTPS1\tHGNC:15456\tMBTPS1|site-1 protease\n"
                + "MBTPS1\tHGNC:15456\tS1P\tname=unmatched\nEGFR\tHGNC:3236\tEGFR\n"
                + "IGF1\tHGNC:5464\tIGF1|IGF-1|insulin-like growth factor 1\nIGF1R\tHGNC:5465\tIGF1R\n"
                + "PGR\tHGNC:8910\tPGR|progesterone receptor\nPGR\tHGNC:8910\tPR\tcontext=breast|tamoxifen\n");
        Files.writeString(lexicon.resolve("drugs.tsv"), "mecasermin\tDrugBank:DB01277\tmecasermin|IGF-1|insulin-like growth factor 1\n"
                + "sphingosine\tDrugBank:DB03203\tsphingosine\nphosphate ion\tDrugBank:DB14523\tphosphate\n");
        return new EntityTagger(new AnnotatorConfig(lexicon, ModelChoice.BUILT_IN)).tag(text).stream()
                .map(TaggedEntity::mention).toList();
    }
}
