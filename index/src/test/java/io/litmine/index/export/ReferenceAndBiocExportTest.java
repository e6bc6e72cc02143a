package io.litmine.index.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Reference;
import io.litmine.index.Fixtures;
import io.litmine.index.export.bioc.BiocExporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class ReferenceAndBiocExportTest {

    /** The DTD the BioC tools publish, kept beside the repository (never copied into it). */
    private static final Path BIOC_DTD = Path.of("..", "..", "shared", "data", "ner", "bc5cdr", "BioC.dtd");

    /** An entry with braces, a backslash, quotes and a line break in it, and one that shares A's key. */
    private static List<CitedWork> works() {
        List<CitedWork> works = new ArrayList<>();
        Fixtures.referencesA().forEach(r -> works.add(new CitedWork("A1", r)));
        works.add(new CitedWork("X1", new Reference("9", 9, "Odd {braces} \\ and\nlines", List.of("Berns K"),
                "A functional {genetic} approach\nagain", "Cancer Cell", 2007, "1", null, "1-2", null, null)));
        return works;
    }

    private static String write(List<CitedWork> works, ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReferenceExporter.write(works, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A minimal BibTeX reader: entries, keys, brace-balanced field values. */
    static List<Map<String, String>> parseBibtex(String text) {
        List<Map<String, String>> entries = new ArrayList<>();
        int at = 0;
        while ((at = text.indexOf('@', at)) >= 0) {
            int open = text.indexOf('{', at);
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("@type", text.substring(at + 1, open));
            int comma = text.indexOf(',', open);
            entry.put("@key", text.substring(open + 1, comma));
            int i = comma + 1;
            while (true) {
                while (Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (text.charAt(i) == '}') {
                    break;
                }
                int eq = text.indexOf('=', i);
                String name = text.substring(i, eq).strip();
                int start = text.indexOf('{', eq);
                int depth = 0;
                int j = start;
                do {
                    char c = text.charAt(j);
                    if (c == '\\') {
                        j += 2;
                        continue;
                    }
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    j++;
                } while (depth > 0);
                entry.put(name, text.substring(start + 1, j - 1));
                i = j;
                if (text.charAt(i) == ',') {
                    i++;
                }
            }
            entries.add(entry);
            at = i;
        }
        return entries;
    }

    @Test
    void bibtexParsesBackWithUniqueKeysAndEscapedValues() throws Exception {
        List<Map<String, String>> entries = parseBibtex(write(works(), ExportFormat.BIBTEX));

        assertThat(entries).hasSize(4);
        Map<String, String> berns = entries.get(0);
        assertThat(berns).containsEntry("@type", "article").containsEntry("@key", "berns2007functional")
                .containsEntry("author", "Berns K and Horlings HM").containsEntry("journal", "Cancer Cell")
                .containsEntry("year", "2007").containsEntry("pages", "395--402").containsEntry("doi", "10.1016/j.ccr.2007.08.030");
        assertThat(entries.get(1)).containsEntry("@type", "misc").containsKey("note");
        assertThat(entries.get(3)).containsEntry("@key", "berns2007functionala")
                .containsEntry("title", "A functional \\{genetic\\} approach again");
        assertThat(entries).extracting(e -> e.get("@key")).doesNotHaveDuplicates();
    }

    @Test
    void risParsesBackRecordByRecord() throws Exception {
        String ris = write(works(), ExportFormat.RIS);
        List<Map<String, List<String>>> records = new ArrayList<>();
        Map<String, List<String>> current = null;
        for (String line : ris.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            String tag = line.substring(0, 2);
            if (tag.equals("TY")) {
                current = new LinkedHashMap<>();
            }
            current.computeIfAbsent(tag, t -> new ArrayList<>()).add(line.substring(6));
            if (tag.equals("ER")) {
                records.add(current);
            }
        }
        assertThat(records).hasSize(4);
        assertThat(records.get(0)).containsEntry("TY", List.of("JOUR")).containsEntry("AU", List.of("Berns K", "Horlings HM"))
                .containsEntry("SP", List.of("395")).containsEntry("EP", List.of("402")).containsEntry("AN", List.of("PMID:17936563"));
        assertThat(records.get(3).get("N1")).containsExactly("Odd {braces} \\ and lines");
    }

    @Test
    void oneWorkCitedByTwoPapersIsOneBibtexAndOneRisEntry() throws Exception {
        Reference berns = Fixtures.referencesA().get(0);
        List<CitedWork> works = new ArrayList<>(works());
        // Paper B cites Berns et al. under another label, its DOI in upper case and less parsed;
        // paper C cites it by PMID alone.
        works.add(new CitedWork("B1", new Reference("12", 12, "Berns K et al. Cancer Cell 2007. doi:10.1016/J.CCR.2007.08.030",
                List.of("Berns K"), null, null, 2007, null, null, null, "10.1016/J.CCR.2007.08.030", null)));
        works.add(new CitedWork("C1", new Reference("4", 4, "Berns K. PMID 17936563", List.of(), null, null, null, null, null, null,
                null, berns.pmid())));

        List<Map<String, String>> entries = parseBibtex(write(works, ExportFormat.BIBTEX));
        assertThat(entries).hasSize(4);
        assertThat(entries).filteredOn(e -> "10.1016/j.ccr.2007.08.030".equalsIgnoreCase(e.get("doi"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("title", berns.title()).containsEntry("journal", "Cancer Cell")
                        .containsEntry("litmine-paper", "A1, B1, C1").containsEntry("litmine-cited-at", "A1#1, B1#12, C1#4"));

        String ris = write(works, ExportFormat.RIS);
        assertThat(ris.split("ER  - ", -1)).hasSize(5);
        assertThat(ris).containsOnlyOnce("DO  - 10.1016/j.ccr.2007.08.030").contains("N1  - cited at A1#1, B1#12, C1#4")
                .doesNotContain("J.CCR");
        // The table formats keep one row per list entry.
        assertThat(write(works, ExportFormat.JSONL).lines()).hasSize(6);
    }

    @Test
    void referenceTablesParseBack() throws Exception {
        List<CSVRecord> rows = ClaimExporter.csvFormat(ExportFormat.CSV).builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(write(works(), ExportFormat.CSV))).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).get("raw")).isEqualTo("Odd {braces} \\ and\nlines");
        assertThat(rows.get(2).get("raw")).contains("\"a review\"");
        String jsonl = write(works(), ExportFormat.JSONL);
        JsonNode first = new ObjectMapper().readTree(jsonl.lines().findFirst().orElseThrow());
        assertThat(first.get("paperId").asText()).isEqualTo("A1");
        assertThat(first.get("pmid").asText()).isEqualTo("17936563");
    }

    private static byte[] bioc(ExportFormat format, AnnotatedPaper... papers) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BiocExporter.write(List.of(papers), format, out);
        return out.toByteArray();
    }

    @Test
    void biocXmlIsWellFormedAndItsOffsetsPointAtTheText() throws Exception {
        AnnotatedPaper a = Fixtures.paperA();
        DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        // Well-formedness only: the DTD the document names is not needed (the next test validates).
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        Document doc = builder.parse(new ByteArrayInputStream(bioc(ExportFormat.BIOC, a, Fixtures.paperB())));

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("collection");
        assertThat(doc.getElementsByTagName("document").getLength()).isEqualTo(2);
        NodeList annotations = doc.getElementsByTagName("annotation");
        int claims = 0;
        for (int i = 0; i < annotations.getLength(); i++) {
            Element ann = (Element) annotations.item(i);
            Element location = (Element) ann.getElementsByTagName("location").item(0);
            int offset = Integer.parseInt(location.getAttribute("offset"));
            int length = Integer.parseInt(location.getAttribute("length"));
            String text = ann.getElementsByTagName("text").item(0).getTextContent();
            String docId = ((Element) ann.getParentNode().getParentNode()).getElementsByTagName("id").item(0).getTextContent();
            String paperText = docId.equals("A1") ? a.paper().text() : Fixtures.paperB().paper().text();
            assertThat(paperText.substring(offset, offset + length)).isEqualTo(text);
            claims += text.contains(" ") && ann.getAttribute("id").startsWith("C") ? 1 : 0;
        }
        assertThat(claims).isEqualTo(6);
        assertThat(doc.getElementsByTagName("relation").getLength()).isEqualTo(6);
    }

    @Test
    void biocXmlIsValidAgainstTheBiocDtd() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BIOC_DTD), "skipped: the BioC DTD is not at " + BIOC_DTD.toAbsolutePath()
                + " (../shared beside the repository)");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getMessage());
            }
        });
        builder.setEntityResolver((publicId, systemId) -> new InputSource(Files.newInputStream(BIOC_DTD)));
        builder.parse(new ByteArrayInputStream(bioc(ExportFormat.BIOC, Fixtures.paperA(), Fixtures.paperB())));
        assertThat(errors).isEmpty();
    }

    @Test
    void biocJsonHasTheSameTree() throws Exception {
        JsonNode root = new ObjectMapper().readTree(bioc(ExportFormat.BIOC_JSON, Fixtures.paperA()));
        assertThat(root.get("source").asText()).isEqualTo("litmine");
        JsonNode passages = root.get("documents").get(0).get("passages");
        assertThat(passages.size()).isGreaterThanOrEqualTo(2);
        JsonNode claimAnnotation = null;
        JsonNode firstClaim = null;
        for (JsonNode p : passages) {
            for (JsonNode ann : p.get("annotations")) {
                if (ann.get("infons").get("type").asText().equals("Claim")) {
                    firstClaim = firstClaim == null ? ann : firstClaim;
                    claimAnnotation = ann;
                }
            }
        }
        assertThat(claimAnnotation.get("infons").get("mechanism").asText()).isEqualTo("ALTERNATIVE_SIGNALLING");
        assertThat(claimAnnotation.get("text").asText()).isEqualTo(Fixtures.TRICKY_SENTENCE);
        // States as infons where an argument has one; the net relation on every claim.
        assertThat(claimAnnotation.get("infons").has("subjectState")).isFalse();
        assertThat(claimAnnotation.get("infons").get("netRelation").asText()).isEqualTo("ASSOCIATED_WITH");
        assertThat(firstClaim.get("infons").get("identifier").asText()).isEqualTo("A1-c0");
        assertThat(firstClaim.get("infons").get("subjectState").asText()).isEqualTo("loss");
        assertThat(firstClaim.get("infons").has("objectState")).isFalse();
        assertThat(firstClaim.get("infons").get("relation").asText()).isEqualTo("CAUSES_RESISTANCE");
        assertThat(firstClaim.get("infons").get("netRelation").asText()).isEqualTo("RESTORES_SENSITIVITY");
    }
}
