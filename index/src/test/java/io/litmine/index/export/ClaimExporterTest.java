package io.litmine.index.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.index.Fixtures;
import io.litmine.index.search.CitedReference;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ClaimExporterTest {

    private static final List<String> JSON_KEYS = List.of(
            "claimId", "paperId", "section", "sentence", "start", "end", "subject", "subjectId", "relation",
            "object", "objectId", "negated", "hedged", "evidence", "mechanism", "genes", "drugs", "citations",
            "unresolved", "citationCheck", "subjectState", "objectState", "netRelation");

    private static List<ClaimRow> rows() {
        AnnotatedPaper paper = Fixtures.paperA();
        return paper.claims().stream()
                .map(c -> new ClaimRow(c, CitedReference.resolve(c, paper.paper().references())))
                .toList();
    }

    private static String export(ExportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        ClaimExporter.write(rows(), format, out);
        return out.toString();
    }

    @Test
    void jsonLinesHaveExactlyTheContractKeysInOrder() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = export(ExportFormat.JSONL).lines().toList();

        assertThat(lines).hasSize(4);
        for (String line : lines) {
            JsonNode json = mapper.readTree(line);
            assertThat(json.fieldNames()).toIterable().containsExactlyElementsOf(JSON_KEYS);
            for (JsonNode citation : json.get("citations")) {
                assertThat(citation.fieldNames()).toIterable().containsExactly("label", "index", "reference", "supported");
            }
        }
    }

    @Test
    void jsonLinesCarryTheValuesAsTheContractSpellsThem() throws Exception {
        JsonNode first = new ObjectMapper().readTree(export(ExportFormat.JSONL).lines().findFirst().orElseThrow());

        assertThat(first.get("evidence").asText()).isEqualTo("clinical");
        assertThat(first.get("relation").asText()).isEqualTo("CAUSES_RESISTANCE");
        assertThat(first.get("start").isInt()).isTrue();
        assertThat(first.get("negated").isBoolean()).isTrue();
        assertThat(first.get("genes")).extracting(JsonNode::asText).containsExactly("PTEN", "PI3K", "AKT1");
        assertThat(first.get("citations").get(0).get("label").asText()).isEqualTo("1");
        assertThat(first.get("citations").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(first.get("citations").get(0).get("reference").asText()).startsWith("Berns K");
        JsonNode second = new ObjectMapper().readTree(export(ExportFormat.JSONL).lines().skip(1).findFirst().orElseThrow());
        assertThat(second.get("objectId").isNull()).isTrue();
    }

    @Test
    void jsonLinesCarryTheArgumentStatesAndTheNetRelation() throws Exception {
        List<String> lines = export(ExportFormat.JSONL).lines().toList();
        JsonNode loss = new ObjectMapper().readTree(lines.get(0));
        JsonNode plain = new ObjectMapper().readTree(lines.get(1));

        // "Loss of PTEN ... causes trastuzumab resistance": written CAUSES_RESISTANCE, asserted of PTEN the opposite.
        assertThat(loss.get("subjectState").asText()).isEqualTo("loss");
        assertThat(loss.get("objectState").isNull()).isTrue();
        assertThat(loss.get("relation").asText()).isEqualTo("CAUSES_RESISTANCE");
        assertThat(loss.get("netRelation").asText()).isEqualTo("RESTORES_SENSITIVITY");
        assertThat(plain.get("subjectState").isNull()).isTrue();
        assertThat(plain.get("objectState").isNull()).isTrue();
        assertThat(plain.get("netRelation").asText()).isEqualTo("PREDICTS");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "TSV"})
    void tablesParseBackToTheSameValues(ExportFormat format) throws Exception {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(export(format)), ClaimExporter.csvFormat(format))) {
            records = parser.getRecords();
        }

        assertThat(records.get(0).toList()).containsExactlyElementsOf(ClaimExporter.COLUMNS)
                .endsWith("citationCheck", "supported", "subjectState", "objectState", "netRelation");
        assertThat(records).hasSize(5);
        CSVRecord tricky = records.get(4);
        Claim claim = Fixtures.paperA().claims().get(3);
        assertThat(tricky.get(3)).isEqualTo(Fixtures.TRICKY_SENTENCE).contains("\"", ",", "\n");
        assertThat(tricky.toList()).containsExactly(
                claim.claimId(), "A1", "Results", Fixtures.TRICKY_SENTENCE, Integer.toString(claim.start()),
                Integer.toString(claim.end()), "TGF-α", "TGFA", "ASSOCIATED_WITH", "relapse", "", "false", "false",
                "unspecified", "ALTERNATIVE_SIGNALLING", "TGFA; EGFR", "lapatinib", "3",
                Fixtures.referencesA().get(2).raw(), "", "unverified", "false", "", "", "ASSOCIATED_WITH");
        CSVRecord first = records.get(1);
        assertThat(first.get(17)).isEqualTo("1; 2");
        assertThat(first.get(18)).isEqualTo(Fixtures.referencesA().get(0).raw() + "; " + Fixtures.referencesA().get(1).raw());
        assertThat(records.get(3).get(19)).isEqualTo("7");
        assertThat(first.toList().subList(22, 25)).containsExactly("loss", "", "RESTORES_SENSITIVITY");
    }

    @Test
    void csvUsesRfc4180QuotingAndLineEnds() throws Exception {
        String csv = export(ExportFormat.CSV);

        assertThat(csv).startsWith("claimId,paperId,section,sentence,start,end,");
        assertThat(csv).contains("\"TGF-α signalling through EGFR is \"\"associated\"\" with relapse, notably\nafter lapatinib (3).\"");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void streamsAreWrittenAsUtf8() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        ClaimExporter.write(rows(), ExportFormat.CSV, bytes);

        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(export(ExportFormat.CSV)).contains("TGF-α");
    }

    @Test
    void formatsParseFromTheirCommandLineSpelling() {
        assertThat(ExportFormat.fromName("JSONL")).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportFormat.fromName("tsv")).isEqualTo(ExportFormat.TSV);
    }
}
