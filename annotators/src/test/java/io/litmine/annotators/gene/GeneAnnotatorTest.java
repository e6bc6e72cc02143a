package io.litmine.annotators.gene;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.PaperAnnotator;
import io.litmine.annotators.SharedPipeline;
import io.litmine.annotators.TestPapers;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneAnnotatorTest {

    private static PaperAnnotator annotator;

    @BeforeAll
    static void buildPipeline() {
        annotator = SharedPipeline.get();
    }

    private static List<Mention> genes(String text) {
        return annotator.annotate(TestPapers.of(text, 53)).mentions().stream()
                .filter(m -> m.type() == EntityType.GENE).toList();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Loss of p27kip1 was seen.|p27kip1|CDKN1B|HGNC:1785",
        "Loss of p27 kip1 was seen.|p27 kip1|CDKN1B|HGNC:1785",
        "Loss of p27KIP1 was seen.|p27KIP1|CDKN1B|HGNC:1785",
        "Loss of p27 was seen.|p27|CDKN1B|HGNC:1785",
        "Cells express HER-2 strongly.|HER-2|ERBB2|HGNC:3430",
        "Cells express ErbB2 strongly.|ErbB2|ERBB2|HGNC:3430",
        "Cells express HER2/neu strongly.|HER2/neu|ERBB2|HGNC:3430",
        "Rat neu is the orthologue.|neu|ERBB2|HGNC:3430",
        "A fragment, p95HER2, remains.|p95HER2|ERBB2|HGNC:3430",
        "Signalling through IGF-1R rises.|IGF-1R|IGF1R|HGNC:5465",
        "Signalling through IGF1R rises.|IGF1R|IGF1R|HGNC:5465",
        "Ligands such as TGF-α bind.|TGF-α|TGFA|HGNC:11765",
        "Ligands such as TGF α bind.|TGF α|TGFA|HGNC:11765",
        "Ligands such as TGF- α bind.|TGF- α|TGFA|HGNC:11765",
        "The ligand transforming growth factor α binds.|transforming growth factor α|TGFA|HGNC:11765",
        "Loss of PTEN function occurs.|PTEN|PTEN|HGNC:9588",
        "The MUC 4 glycoprotein masks it.|MUC 4|MUC4|HGNC:7514",
        "This requires PI3K signalling.|PI3K|PI3K|FPLX:PI3K",
        "This requires Akt signalling.|Akt|AKT|FPLX:AKT",
        "Activation of RAS follows.|RAS|RAS|FPLX:RAS",
        "Activation of MAPK follows.|MAPK|MAPK|FPLX:MAPK",
        "Ligands of the HER family bind.|HER family|ERBB|FPLX:ERBB",
        "Levels of cyclin E rise.|cyclin E|CCNE1|HGNC:1589",
        "Levels of heregulin rise.|heregulin|NRG1|HGNC:7997",
        "Activation by Janus kinase follows.|Janus kinase|JAK|FPLX:JAK"})
    void normalisesSynonyms(String sentence, String surface, String name, String id) {
        List<Mention> found = genes(sentence);
        assertThat(found).hasSize(1);
        Mention m = found.get(0);
        assertThat(m.text()).isEqualTo(surface);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.start()).isEqualTo(sentence.indexOf(surface));
        assertThat(m.end()).isEqualTo(sentence.indexOf(surface) + surface.length());
    }

    @Test
    void slashJoinedPairsAreTwoMentions() {
        String text = "PTEN deficiency results in PI3K/Akt activation and HER2/HER3 dimers.";
        assertThat(genes(text)).extracting(Mention::text, Mention::name, Mention::start, Mention::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PTEN", "PTEN", 0, 4),
                org.assertj.core.groups.Tuple.tuple("PI3K", "PI3K", 27, 31),
                org.assertj.core.groups.Tuple.tuple("Akt", "AKT", 32, 35),
                org.assertj.core.groups.Tuple.tuple("HER2", "ERBB2", 51, 55),
                org.assertj.core.groups.Tuple.tuple("HER3", "ERBB3", 56, 60));
    }

    @Test
    void hyphenatedModifiersCoverOnlyTheGene() {
        String text = "HER2-positive and HER2-overexpressing tumours were PTEN-deficient.";
        assertThat(genes(text)).extracting(Mention::text, Mention::start, Mention::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("HER2", 0, 4),
                org.assertj.core.groups.Tuple.tuple("HER2", 18, 22),
                org.assertj.core.groups.Tuple.tuple("PTEN", 51, 55));
    }

    @Test
    void shortSymbolsAreCaseSensitive() {
        assertThat(genes("The ER and PR status of the breast tumours was known.")).extracting(Mention::name).containsExactly("ESR1", "PGR");
        assertThat(genes("The er, pr and hers were not genes.")).isEmpty();
        assertThat(genes("Can this act on the set?")).isEmpty();
    }

    @Test
    void ambiguousShortFormsNeedTheirContext() {
        assertThat(genes("Oestrogen receptor signalling: ER and PR are lost.")).extracting(Mention::name)
                .containsExactly("ESR1", "ESR1", "PGR");
        assertThat(genes("Misfolded proteins accumulate in the ER under stress.")).isEmpty();
    }

    @Test
    void greekLettersMatchSpelledOrNot() {
        assertThat(genes("TGF-alpha, TGF-α, TGFα and TGFA bind EGFR.")).extracting(Mention::name)
                .containsExactly("TGFA", "TGFA", "TGFA", "TGFA", "EGFR");
    }

    @Test
    void abbreviationsDefinedForAGeneAreTagged() {
        assertThat(genes("Insulin-like growth factor 1 receptor (IGFR) rises; IGFR then signals."))
                .extracting(Mention::text, Mention::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Insulin-like growth factor 1 receptor", "IGF1R"),
                        org.assertj.core.groups.Tuple.tuple("IGFR", "IGF1R"),
                        org.assertj.core.groups.Tuple.tuple("IGFR", "IGF1R"));
    }

    @Test
    void classDescriptorsAreNotTagged() {
        assertThat(genes("The cyclin-dependent kinase inhibitor p27KIP1 is a tyrosine kinase target."))
                .extracting(Mention::text).containsExactly("p27KIP1");
    }
}
