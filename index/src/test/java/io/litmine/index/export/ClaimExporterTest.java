package io.litmine.index.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.index.Fixtures;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.PaperMeta;
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
            "unresolved", "citationCheck", "subjectState", "objectState", "netRelation",
            "paperTitle", "year", "firstAuthor", "doi", "source");

    /** Paper A as a PDF with its metadata: two authors, a year and a DOI. */
    private static final PaperMeta META = new PaperMeta("A1", "/papers/a.pdf", "PTEN loss and trastuzumab resistance",
            List.of("Nagata Y", "Lan KH"), 2004, "10.1016/j.ccr.2004.06.022");

    private static List<ClaimRow> rows() {
        AnnotatedPaper paper = Fixtures.paperA();
        return paper.claims().stream()
                .map(c -> new ClaimRow(c, CitedReference.resolve(c, paper.paper().references()), META))
                .toList();
    }

    private static String export(ExportFormat format) throws Exception {
        return export(format, TableOptions.DEFAULT);
    }

    private static String export(ExportFormat format, TableOptions options) throws Exception {
        StringWriter out = new StringWriter();
        try (ClaimExporter.Table table = ClaimExporter.open(format, out, options)) {
            for (ClaimRow row : rows()) {
                table.add(row);
            }
        }
        return out.toString();
    }

    private static List<CSVRecord> records(String text, ExportFormat format) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), ClaimExporter.csvFormat(format))) {
            return parser.getRecords();
        }
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
                .endsWith("citationCheck", "supported", "subjectState", "objectState", "netRelation",
                        "paperTitle", "year", "firstAuthor", "doi", "source");
        assertThat(records).hasSize(5);
        CSVRecord tricky = records.get(4);
        Claim claim = Fixtures.paperA().claims().get(3);
        assertThat(tricky.get(3)).isEqualTo(Fixtures.TRICKY_SENTENCE).contains("\"", ",", "\n");
        assertThat(tricky.toList()).containsExactly(
                claim.claimId(), "A1", "Results", Fixtures.TRICKY_SENTENCE, Integer.toString(claim.start()),
                Integer.toString(claim.end()), "TGF-α", "TGFA", "ASSOCIATED_WITH", "relapse", "", "false", "false",
                "unspecified", "ALTERNATIVE_SIGNALLING", "TGFA; EGFR", "lapatinib", "3",
                "[{\"label\":\"3\",\"index\":3,\"reference\":" + new ObjectMapper().writeValueAsString(Fixtures.referencesA().get(2).raw())
                        + ",\"supported\":false}]",
                "", "unverified", "false", "", "", "ASSOCIATED_WITH",
                "PTEN loss and trastuzumab resistance", "2004", "Nagata Y", "10.1016/j.ccr.2004.06.022", "/papers/a.pdf");
        CSVRecord first = records.get(1);
        assertThat(first.get(17)).isEqualTo("1; 2");
        // The references cell is a JSON list: a reference's own "; " and commas cannot split it.
        JsonNode references = new ObjectMapper().readTree(first.get(18));
        assertThat(references).extracting(r -> r.get("reference").asText())
                .containsExactly(Fixtures.referencesA().get(0).raw(), Fixtures.referencesA().get(1).raw());
        assertThat(references).extracting(r -> r.get("label").asText()).containsExactly("1", "2");
        assertThat(records.get(3).get(18)).isEqualTo("[]");
        assertThat(records.get(3).get(19)).isEqualTo("7");
        assertThat(first.toList().subList(22, 25)).containsExactly("loss", "", "RESTORES_SENSITIVITY");
    }

    @Test
    void jsonLinesCarryThePaperOfTheClaim() throws Exception {
        JsonNode first = new ObjectMapper().readTree(export(ExportFormat.JSONL).lines().findFirst().orElseThrow());

        assertThat(first.get("paperTitle").asText()).isEqualTo("PTEN loss and trastuzumab resistance");
        assertThat(first.get("year").asInt()).isEqualTo(2004);
        assertThat(first.get("firstAuthor").asText()).isEqualTo("Nagata Y");
        assertThat(first.get("doi").asText()).isEqualTo("10.1016/j.ccr.2004.06.022");
        assertThat(first.get("source").asText()).isEqualTo("/papers/a.pdf");
    }

    @Test
    void aPaperWithoutMetadataLeavesItsCellsEmpty() throws Exception {
        AnnotatedPaper paper = Fixtures.paperA();
        Claim claim = paper.claims().get(0);
        StringWriter out = new StringWriter();
        try (ClaimExporter.Table table = ClaimExporter.open(ExportFormat.CSV, out, TableOptions.DEFAULT)) {
            table.add(new ClaimRow(claim, List.of(), PaperMeta.of(paper.paper())));
        }
        CSVRecord row = records(out.toString(), ExportFormat.CSV).get(1);
        int year = ClaimExporter.COLUMNS.indexOf("year");
        assertThat(row.toList().subList(year, year + 3)).containsExactly("", "", "");
        assertThat(row.get(year - 1)).isEqualTo(paper.paper().title());
        assertThat(row.get(year + 3)).isEqualTo(paper.paper().source());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "TSV", "JSONL"})
    void perCitationGivesOneRowPerClaimAndCitedReference(ExportFormat format) throws Exception {
        String text = export(format, new TableOptions(true, false));
        // Four claims citing 2, 1, 0 (an unresolved label) and 1 references: 2 + 1 + 1 + 1 rows.
        List<String> labels;
        if (format == ExportFormat.JSONL) {
            List<JsonNode> lines = new java.util.ArrayList<>();
            for (String line : text.lines().toList()) {
                lines.add(new ObjectMapper().readTree(line));
            }
            assertThat(lines).allSatisfy(l -> assertThat(l.get("citations").size()).isLessThanOrEqualTo(1));
            labels = lines.stream().map(l -> l.get("citations").isEmpty() ? "" : l.get("citations").get(0).get("label").asText()).toList();
        } else {
            List<CSVRecord> records = records(text, format);
            labels = records.subList(1, records.size()).stream().map(r -> r.get(17)).toList();
            assertThat(records.subList(1, records.size())).allSatisfy(r ->
                    assertThat(new ObjectMapper().readTree(r.get(18)).size()).isLessThanOrEqualTo(1));
        }
        assertThat(labels).containsExactly("1", "2", "2", "", "3");
    }

    @Test
    void excelGetsAByteOrderMarkAndJsonNever() throws Exception {
        assertThat(export(ExportFormat.CSV, new TableOptions(false, true))).startsWith("\uFEFFclaimId,");
        assertThat(export(ExportFormat.CSV)).startsWith("claimId,");
        assertThat(export(ExportFormat.JSONL, new TableOptions(false, true))).startsWith("{");
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
