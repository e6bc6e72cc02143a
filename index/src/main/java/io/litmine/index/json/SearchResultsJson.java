package io.litmine.index.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.meta.PublicationIds;
import io.litmine.corpus.model.Claim;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.FacetDimension;
import io.litmine.index.search.SearchHit;
import io.litmine.index.search.SearchResults;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON shape of search results, one serialiser for the HTTP API and {@code litmine search
 * --format json} (ARCHITECTURE.md): {@code {"total","hits":[...],"facets":{"gene":{id:count},…}}}.
 * {@code facets} is present when they were counted; a hit's {@code support} when the search sorted by it.
 * A claim carries its arguments' states ({@code subjectState}/{@code objectState}: a label or null) and
 * its {@code netRelation} after the contract's keys.
 */
public final class SearchResultsJson {

    private static final ObjectMapper MAPPER = EvidenceJson.mapper();

    private SearchResultsJson() {
    }

    /** "PMID: 17936563", "PMID 17936563" in a reference's text. */
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{5,9})\\b");

    public static String toJson(SearchResults results) {
        return write(tree(results));
    }

    public static ObjectNode tree(SearchResults results) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("total", results.total());
        ArrayNode hits = body.putArray("hits");
        for (SearchHit hit : results.hits()) {
            hits.add(hit(hit));
        }
        if (!results.facets().isEmpty()) {
            ObjectNode facets = body.putObject("facets");
            for (Map.Entry<FacetDimension, Map<String, Long>> dimension : results.facets().entrySet()) {
                ObjectNode counts = facets.putObject(dimension.getKey().key());
                dimension.getValue().forEach(counts::put);
            }
        }
        return body;
    }

    /** One hit: the claim's fields in the contract's order, with paper title, highlight, citations and score. */
    public static ObjectNode hit(SearchHit hit) {
        ObjectNode h = claim(hit.claim(), hit.paperTitle(), hit.citations());
        h.put("highlight", hit.highlight());
        h.put("score", hit.score());
        if (hit.support() > 0) {
            h.put("support", hit.support());
        }
        return h;
    }

    /** A claim as the API shows it ({@code /api/claims/{id}}); {@code paperTitle} may be null. */
    public static ObjectNode claim(Claim c, String paperTitle, List<CitedReference> citations) {
        ObjectNode h = MAPPER.createObjectNode();
        h.put("claimId", c.claimId());
        h.put("paperId", c.paperId());
        if (paperTitle != null) {
            h.put("paperTitle", paperTitle);
        }
        h.put("section", c.section());
        h.put("sentence", c.sentence());
        h.put("start", c.start());
        h.put("end", c.end());
        h.put("subject", c.subject());
        h.put("subjectId", c.subjectId());
        h.put("relation", c.relation().name());
        h.put("object", c.object());
        h.put("objectId", c.objectId());
        h.put("negated", c.negated());
        h.put("hedged", c.hedged());
        h.put("evidence", c.evidence().label());
        h.put("mechanism", c.mechanism().name());
        c.genes().forEach(h.putArray("genes")::add);
        c.drugs().forEach(h.putArray("drugs")::add);
        ArrayNode cites = h.putArray("citations");
        for (CitedReference ref : citations) {
            ObjectNode cite = cites.addObject().put("label", ref.label()).put("index", ref.index()).put("reference", ref.reference())
                    .put("supported", c.citationSupported(ref.index()));
            // Links out: the cited work's DOI and PMID as its entry prints them.
            PublicationIds.doi(ref.reference()).ifPresent(doi -> cite.put("doi", doi));
            Matcher pmid = PMID.matcher(ref.reference());
            if (pmid.find()) {
                cite.put("pmid", pmid.group(1));
            }
        }
        c.unresolved().forEach(h.putArray("unresolved")::add);
        h.put("citationCheck", c.citationCheck().label());
        h.put("subjectState", c.subjectState().label());
        h.put("objectState", c.objectState().label());
        h.put("netRelation", c.netRelation().name());
        return h;
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}
