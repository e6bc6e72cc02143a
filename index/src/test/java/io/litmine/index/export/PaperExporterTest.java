package io.litmine.index.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.index.Fixtures;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperExporterTest {

    private static List<JsonNode> export() throws Exception {
        StringWriter out = new StringWriter();
        PaperExporter.write(List.of(Fixtures.paperA(), Fixtures.paperB()), out);
        ObjectMapper mapper = new ObjectMapper();
        return out.toString().lines().map(line -> {
            try {
                return mapper.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void eachPaperHasExactlyTheContractKeysInOrder() throws Exception {
        List<JsonNode> papers = export();

        assertThat(papers).hasSize(2);
        JsonNode a = papers.get(0);
        assertThat(a.fieldNames()).toIterable()
                .containsExactly("paperId", "source", "title", "authors", "year", "doi", "sections", "references", "citations");
        assertThat(a.get("sections").get(0).fieldNames()).toIterable().containsExactly("heading", "start", "end");
        for (JsonNode reference : a.get("references")) {
            assertThat(reference.fieldNames()).toIterable().containsExactly("label", "index", "raw", "authors", "title",
                    "container", "year", "volume", "issue", "pages", "doi", "pmid");
        }
        for (JsonNode citation : a.get("citations")) {
            assertThat(citation.fieldNames()).toIterable()
                    .containsExactly("marker", "sentence", "start", "end", "labels", "resolved", "unresolved");
        }
    }

    @Test
    void valuesAreTypedAndUnknownsAreNull() throws Exception {
        JsonNode a = export().get(0);

        // The fixture paper has no front matter beyond its title.
        assertThat(a.get("authors").isArray()).isTrue();
        assertThat(a.get("authors").isEmpty()).isTrue();
        assertThat(a.get("year").isNull()).isTrue();
        assertThat(a.get("doi").isNull()).isTrue();
        JsonNode parsed = a.get("references").get(0);
        assertThat(parsed.get("year").isInt()).isTrue();
        assertThat(parsed.get("year").asInt()).isEqualTo(2007);
        assertThat(parsed.get("authors")).extracting(JsonNode::asText).containsExactly("Berns K", "Horlings HM");
        JsonNode unparsed = a.get("references").get(1);
        assertThat(unparsed.get("title").isNull()).isTrue();
        assertThat(unparsed.get("year").isNull()).isTrue();
        assertThat(unparsed.get("authors").isEmpty()).isTrue();
        JsonNode callout = a.get("citations").get(0);
        assertThat(callout.get("marker").asText()).isEqualTo("(1, 2)");
        assertThat(callout.get("labels")).extracting(JsonNode::asText).containsExactly("1", "2");
        assertThat(callout.get("resolved")).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(a.get("citations").get(2).get("unresolved")).extracting(JsonNode::asText).containsExactly("7");
    }
}
