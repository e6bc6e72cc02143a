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

/** Development codes (NVP-BEZ235, BYL719, MK-2206): chemicals with no database id, never a fuzzy DrugBank match. */
class CompoundCodesTest {

    private static final String SENTENCE = "Cells were treated with the PI3K/mTOR inhibitor NVP-BEZ235, the PI3Kα "
            + "inhibitor BYL719 or the AKT inhibitor MK-2206 at 1 µM.";

    @TempDir
    Path dir;

    @Test
    void codesAreChemicalsWithNoDatabaseIdWithAndWithoutModels() throws IOException {
        Path lexicon = lexiconWithNevirapine();
        for (ModelChoice models : List.of(ModelChoice.BUILT_IN, ModelChoice.NONE)) {
            List<Mention> found = new EntityTagger(new AnnotatorConfig(lexicon, models)).tag(SENTENCE).stream()
                    .map(TaggedEntity::mention).toList();
            for (String code : List.of("NVP-BEZ235", "BYL719", "MK-2206")) {
                assertThat(found).as(models + ": " + code).filteredOn(m -> m.text().equals(code))
                        .singleElement().satisfies(m -> {
                            assertThat(m.type()).isEqualTo(EntityType.DRUG);
                            assertThat(m.id()).isEqualTo(CompoundCodes.NO_ID);
                            assertThat(m.name()).isEqualTo(code);
                        });
            }
            assertThat(found).as(models.spec()).extracting(Mention::name).doesNotContain("nevirapine");
            assertThat(found).as(models.spec()).filteredOn(m -> m.type() == EntityType.GENE)
                    .allSatisfy(m -> assertThat(m.text()).doesNotContain("BEZ", "BYL", "2206"));
        }
    }

    @Test
    void aCellLineOfCodeShapeIsNoCompoundAndNevirapineStillMatchesAlone() throws IOException {
        EntityTagger tagger = new EntityTagger(new AnnotatorConfig(lexiconWithNevirapine(), ModelChoice.NONE));
        List<Mention> found = tagger.tag("BT474 cells and MDA-MB-231 xenografts were treated with NVP at 10 nM.").stream()
                .map(TaggedEntity::mention).toList();
        assertThat(found).extracting(Mention::text).doesNotContain("BT474", "MDA-MB-231");
        assertThat(found).filteredOn(m -> m.text().equals("NVP")).extracting(Mention::name).containsExactly("nevirapine");
    }

    @Test
    void theShippedModelsTakeNoCellLineForAGeneOrAChemical() throws IOException {
        EntityTagger tagger = new EntityTagger(new AnnotatorConfig(lexiconWithNevirapine(), ModelChoice.BUILT_IN));
        List<Mention> found = tagger.tag("CCR1 silencing inhibited the invasion of MDA-MB-231 cells and BT474 cells "
                + "treated with lapatinib.").stream().map(TaggedEntity::mention).toList();
        assertThat(found).extracting(Mention::text).doesNotContain("MDA-MB-231", "BT474");
    }

    @Test
    void aCodeNeedsASentenceThatSpeaksOfCompounds() throws IOException {
        EntityTagger tagger = new EntityTagger(new AnnotatorConfig(lexiconWithNevirapine(), ModelChoice.NONE));
        assertThat(tagger.tag("Patient PT1234 was enrolled in 2009.")).isEmpty();
        assertThat(CompoundCodes.isCode("NVP-BEZ235")).isTrue();
        assertThat(CompoundCodes.isCode("HER2-positive")).isFalse();
    }

    private Path lexiconWithNevirapine() throws IOException {
        Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(lexicon.resolve("genes.tsv"), "PIK3CA\tHGNC:8975\tPI3Kα|p110α\nMTOR\tHGNC:3942\tmTOR\n"
                + "AKT1\tHGNC:391\tAKT\n");
        Files.writeString(lexicon.resolve("drugs.tsv"), "nevirapine\tDrugBank:DB00238\tNVP|Viramune\n");
        return lexicon;
    }
}
