package io.litmine.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.model.ModelChoice;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.annotators.tag.TaggedEntity;
import io.litmine.corpus.model.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matches the text itself shows are no entity: cell lines named like a gene's synonym, amino-acid residues. */
class NonEntityUsesTest {

    @TempDir
    Path dir;

    @Test
    void aSynonymTheDocumentWritesBeforeCellsIsACellLineThroughout() throws IOException {
        for (ModelChoice models : List.of(ModelChoice.NONE, ModelChoice.BUILT_IN)) {
            List<Mention> found = tag(models, "EGF inhibits differentiation of HC11 mammary epithelial cells. "
                    + "HC11 cells were treated with EGF. In HC11, EGF activated ERBB2.");
            assertThat(found).as(models.spec()).extracting(Mention::name).doesNotContain("CCL2").contains("EGF", "ERBB2");
        }
    }

    @Test
    void aGeneWrittenOnceBeforeCellsStaysAGene() throws IOException {
        List<Mention> found = tag(ModelChoice.NONE, "HER2 amplification drives HER2 signalling; HER2 inhibitors "
                + "block HER2 cells in culture.");
        assertThat(found).extracting(Mention::name).contains("ERBB2");
    }

    @Test
    void aminoAcidResiduesAndKinaseClassesAreNotTheChemical() throws IOException {
        List<Mention> found = tag(ModelChoice.NONE, "EGF induced phosphorylation of Tyr-416 and tyrosine 705 by "
                + "receptor tyrosine kinases, while tyrosine supplementation had no effect.");
        assertThat(found).filteredOn(m -> m.name().equals("tyrosine")).extracting(Mention::text)
                .containsExactly("tyrosine");
        assertThat(found).filteredOn(m -> m.name().equals("tyrosine")).singleElement()
                .satisfies(m -> assertThat(m.start()).isGreaterThan(80));
    }

    private List<Mention> tag(ModelChoice models, String text) throws IOException {
        Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(lexicon.resolve("genes.tsv"), "CCL2\tHGNC:10618\tCCL2|MCP-1\nCCL2\tHGNC:10618\tHC11\n"
                + "EGF\tHGNC:3229\tEGF\nERBB2\tHGNC:3430\tERBB2|HER2\n");
        Files.writeString(lexicon.resolve("drugs.tsv"), "tyrosine\tDrugBank:DB00135\ttyrosine|Tyr\n");
        return new EntityTagger(new AnnotatorConfig(lexicon, models)).tag(text).stream().map(TaggedEntity::mention).toList();
    }
}
