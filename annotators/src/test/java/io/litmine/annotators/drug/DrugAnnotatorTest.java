package io.litmine.annotators.drug;

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

class DrugAnnotatorTest {

    private static PaperAnnotator annotator;

    @BeforeAll
    static void buildPipeline() {
        annotator = SharedPipeline.get();
    }

    private static List<Mention> drugs(String text) {
        return annotator.annotate(TestPapers.of(text, 53)).mentions().stream()
                .filter(m -> m.type() == EntityType.DRUG).toList();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Patients received T-DM1 weekly.|T-DM1|trastuzumab emtansine|DrugBank:DB05773",
        "Patients received TDM-1 weekly.|TDM-1|trastuzumab emtansine|DrugBank:DB05773",
        "Patients received trastuzumab-MCC-DM1 weekly.|trastuzumab-MCC-DM1|trastuzumab emtansine|DrugBank:DB05773",
        "Patients received ado-trastuzumab emtansine weekly.|ado-trastuzumab emtansine|trastuzumab emtansine|DrugBank:DB05773",
        "Patients received Kadcyla weekly.|Kadcyla|trastuzumab emtansine|DrugBank:DB05773",
        "Patients received trastuzumab emtansine weekly.|trastuzumab emtansine|trastuzumab emtansine|DrugBank:DB05773",
        "Patients received T-DXd weekly.|T-DXd|trastuzumab deruxtecan|DrugBank:DB14962",
        "Patients received DS-8201 weekly.|DS-8201|trastuzumab deruxtecan|DrugBank:DB14962",
        "Patients received Enhertu weekly.|Enhertu|trastuzumab deruxtecan|DrugBank:DB14962",
        "Patients received Herceptin weekly.|Herceptin|trastuzumab|DrugBank:DB00072",
        "Trastuzumab's effect waned.|Trastuzumab|trastuzumab|DrugBank:DB00072",
        "Patients received pertuzumab weekly.|pertuzumab|pertuzumab|DrugBank:DB06366",
        "Patients received lapatinib daily.|lapatinib|lapatinib|DrugBank:DB01259",
        "Patients received tucatinib daily.|tucatinib|tucatinib|DrugBank:DB11652",
        "Patients received a taxane first.|taxane|taxane|MESH:D043823",
        "Patients received anthracyclines first.|anthracyclines|anthracycline|MESH:D018943",
        "Patients received tyrosine kinase inhibitors first.|tyrosine kinase inhibitors|tyrosine kinase inhibitor|MESH:D047428"})
    void normalisesSynonyms(String sentence, String surface, String name, String id) {
        List<Mention> found = drugs(sentence);
        assertThat(found).hasSize(1);
        Mention m = found.get(0);
        assertThat(m.text()).isEqualTo(surface);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.start()).isEqualTo(sentence.indexOf(surface));
        assertThat(m.end()).isEqualTo(sentence.indexOf(surface) + surface.length());
    }

    @Test
    void trastuzumabResistantGivesTheDrugOnly() {
        assertThat(drugs("JIMT-1 is a trastuzumab-resistant cell line."))
                .extracting(Mention::text, Mention::start, Mention::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("trastuzumab", 12, 23));
    }

    @Test
    void aListOfDrugsKeepsItsOrder() {
        assertThat(drugs("e.g. taxane, anthracyclines, anastrozole, letrozole, docetaxel (9)."))
                .extracting(Mention::name)
                .containsExactly("taxane", "anthracycline", "anastrozole", "letrozole", "docetaxel");
    }
}
