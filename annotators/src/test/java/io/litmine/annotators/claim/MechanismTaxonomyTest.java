package io.litmine.annotators.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mechanism taxonomy and evidence cues read from their resource files, and a taxonomy of one's own. */
class MechanismTaxonomyTest {

    @Test
    void theDefaultTaxonomyListsItsClassesInPriorityOrder() {
        assertThat(MechanismTaxonomy.defaults().rules()).extracting(MechanismTaxonomy.Rule::mechanism).containsExactly(
                Mechanism.HER2_ACCESS, Mechanism.DOWNSTREAM_ACTIVATION, Mechanism.CELL_CYCLE,
                Mechanism.ALTERNATIVE_SIGNALLING, Mechanism.ANGIOGENESIS, Mechanism.IMMUNE);
        assertThat(MechanismTaxonomy.orDefault(" ")).isSameAs(MechanismTaxonomy.defaults());
        assertThat(MechanismTaxonomy.orDefault(null)).isSameAs(MechanismTaxonomy.defaults());
    }

    @Test
    void theArgumentsIdsComeBeforeTheSentencesWords() {
        assertThat(ClaimClassifier.mechanism("CD44", "AKT", "PTEN loss")).isEqualTo(Mechanism.HER2_ACCESS);
        assertThat(ClaimClassifier.mechanism("lapatinib", "EGFR/ERBB3", "p95HER2 is truncated"))
                .isEqualTo(Mechanism.ALTERNATIVE_SIGNALLING);
        assertThat(ClaimClassifier.mechanism(null, "cdkn1b", "")).isEqualTo(Mechanism.CELL_CYCLE);
        assertThat(ClaimClassifier.mechanism("trastuzumab", null, "IGF-1R signalling through PI3K"))
                .isEqualTo(Mechanism.DOWNSTREAM_ACTIVATION);
        assertThat(ClaimClassifier.mechanism("trastuzumab", "ADCC", "NK cells mediate ADCC")).isEqualTo(Mechanism.IMMUNE);
        // Whole words only: "link" holds no NK.
        assertThat(ClaimClassifier.mechanism("lapatinib", "cell growth", "A link to growth.")).isEqualTo(Mechanism.OTHER);
        assertThat(ClaimClassifier.mechanism(null, null, "Bacterial biofilms in soil.")).isEqualTo(Mechanism.OTHER);
    }

    @Test
    void evidenceIsTheFirstMatchingCueOrUnspecified() {
        assertThat(ClaimClassifier.evidence("In xenografts and cell lines alike.")).isEqualTo(Evidence.IN_VITRO);
        assertThat(ClaimClassifier.evidence("Tumours grew in nude mice.")).isEqualTo(Evidence.IN_VIVO);
        assertThat(ClaimClassifier.evidence("In a phase III trial.")).isEqualTo(Evidence.CLINICAL);
        assertThat(ClaimClassifier.evidence("Preclinical data show this.")).isEqualTo(Evidence.PRECLINICAL);
        assertThat(ClaimClassifier.evidence("Docking places it in the pocket.")).isEqualTo(Evidence.UNSPECIFIED);
    }

    @Test
    void aTaxonomyOfOnesOwnReplacesTheDefault(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                # immune first, and a gene the default does not know
                IMMUNE\tFCGR3A\tADCC|NK
                cell_cycle\tcdk2, MYGENE\t-
                HER2_ACCESS\t-\tshedding
                """);
        MechanismTaxonomy taxonomy = MechanismTaxonomy.load(file);
        assertThat(MechanismTaxonomy.orDefault(file.toString()).rules()).hasSize(3);

        assertThat(taxonomy.classify("MYGENE", null, "")).isEqualTo(Mechanism.CELL_CYCLE);
        assertThat(taxonomy.classify("x", "CDK2", "")).isEqualTo(Mechanism.CELL_CYCLE);
        assertThat(taxonomy.classify(null, null, "ECD shedding and ADCC")).isEqualTo(Mechanism.IMMUNE);
        assertThat(taxonomy.classify(null, null, "ECD shedding")).isEqualTo(Mechanism.HER2_ACCESS);
        // Classes the file leaves out, and papers outside it, are OTHER.
        assertThat(taxonomy.classify("PTEN", "AKT", "PI3K and cyclin E")).isEqualTo(Mechanism.OTHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "ACCESS\\tMUC4\\tmask       ; 3 ; unknown class 'ACCESS', expected one of HER2_ACCESS, DOWNSTREAM_ACTIVATION,",
            "IMMUNE\\tFCGR3A            ; 3 ; expected 3 tab-separated fields",
            "IMMUNE\\t\\tNK             ; 3 ; empty gene ids field",
            "IMMUNE\\t-\\t(ADCC         ; 3 ; bad regex '(ADCC'",
            "IMMUNE\\t-\\tNK)|(ADCC     ; 3 ; bad regex 'NK)|(ADCC': Unmatched closing ')' near index 1",
            "IMMUNE\\t-\\t-             ; 3 ; IMMUNE has neither gene ids nor keywords",
            "IMMUNE\\tFCGR3A/PDCD1\\tNK ; 3 ; bad gene id 'FCGR3A/PDCD1'",
            "OTHER\\tTP53\\tapoptosis   ; 3 ; OTHER takes no line",
            "CELL_CYCLE\\tCDK4\\tcyclin ; 3 ; CELL_CYCLE is already on line 2",
    })
    void aMalformedLineIsNamedByFileAndLine(String bad, int line, String reason, @TempDir Path dir) throws IOException {
        Path file = write(dir, "# a taxonomy\nCELL_CYCLE\tCDK2\tp27\n" + bad.replace("\\t", "\t") + "\nIMMUNE\t-\tNK\n");
        assertThatThrownBy(() -> MechanismTaxonomy.load(file))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageStartingWith(file + ":" + line + ": " + reason)
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMissingOrEmptyFileIsATaxonomyError(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> MechanismTaxonomy.load(missing))
                .isInstanceOf(TaxonomyException.class).hasMessageStartingWith("cannot read " + missing);
        Path empty = write(dir, "# nothing here\n\n");
        assertThatThrownBy(() -> MechanismTaxonomy.load(empty))
                .isInstanceOf(TaxonomyException.class).hasMessageStartingWith(empty + ":2: no rule lines");
    }

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("taxonomy.tsv"), text, StandardCharsets.UTF_8);
    }
}
