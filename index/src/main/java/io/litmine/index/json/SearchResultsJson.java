package io.litmine.index.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.meta.PublicationIds;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Mention;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.FacetDimension;
import io.litmine.index.search.IndexedSentence;
import io.litmine.index.search.PaperMeta;
import io.litmine.index.search.SearchHit;
import io.litmine.index.search.SearchResults;
import io.litmine.index.search.SentenceHit;
import io.litmine.index.search.SentenceResults;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The JSON shape of search results, one serialiser for the HTTP API and {@code litmine search
 * --format json}: sentence hits by default ({@link #tree(SentenceResults)}), claim hits
 * ({@code --claims-only}, {@code claimsOnly=true}) as ARCHITECTURE.md gives them:
 * {@code {"total","hits":[...],"facets":{"gene":{id:count},…}}}, each led by {@code "unit"} (sentence or claim).
 * {@code facets} is present when they were counted; a hit's {@code support} when the search sorted by it.
 * A claim carries its arguments' states ({@code subjectState}/{@code objectState}: a label or null) and
 * its {@code netRelation} after the contract's keys.
 */
public final class SearchResultsJson {

    private static final ObjectMapper MAPPER = EvidenceJson.mapper();

    private SearchResultsJson() {
    }

    public static String toJson(SentenceResults results) {
        return write(tree(results));
    }

    public static String toJson(SearchResults results) {
        return write(tree(results));
    }

    /** Claim results, {@code "unit":"claim"} first (the contract's keys follow). */
    public static ObjectNode tree(SearchResults results) {
        return body("claim", results.total(), results.hits(), SearchResultsJson::hit, results.facets());
    }

    private static <T> ObjectNode body(String unit, long total, List<T> hits, Function<T, ObjectNode> hit,
                                       Map<FacetDimension, Map<String, Long>> facets) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("unit", unit);
        body.put("total", total);
        ArrayNode array = body.putArray("hits");
        hits.forEach(h -> array.add(hit.apply(h)));
        if (!facets.isEmpty()) {
            ObjectNode all = body.putObject("facets");
            for (Map.Entry<FacetDimension, Map<String, Long>> dimension : facets.entrySet()) {
                ObjectNode counts = all.putObject(dimension.getKey().key());
                dimension.getValue().forEach(counts::put);
            }
        }
        return body;
    }

    /** One hit: the claim's fields in the contract's order, with paper title, highlight, citations and score. */
    public static ObjectNode hit(SearchHit hit) {
        ObjectNode h = claim(hit.claim(), hit.paperTitle(), hit.citations());
        h.put("highlight", hit.highlight());
        if (hit.paper() != null) {
            h.set("paper", paper(hit.paper()));
        }
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
        citations(h.putArray("citations"), citations, c::citationSupported);
        c.unresolved().forEach(h.putArray("unresolved")::add);
        h.put("citationCheck", c.citationCheck().label());
        h.put("subjectState", c.subjectState().label());
        h.put("objectState", c.objectState().label());
        h.put("netRelation", c.netRelation().name());
        return h;
    }

    /**
     * The paper of a hit, for citing it and linking to it: {@code {"title","authors","year","journal",
     * "doi","pmid","pmcid","source"}}, unknown values null.
     */
    public static ObjectNode paper(PaperMeta meta) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("title", meta.title());
        meta.authors().forEach(p.putArray("authors")::add);
        p.put("year", meta.year());
        p.put("journal", meta.journal());
        p.put("doi", meta.doi());
        p.put("pmid", meta.pmid());
        p.put("pmcid", meta.pmcid());
        p.put("source", meta.source());
        return p;
    }

    /**
     * Each cited reference with its label, index and text, its DOI and PMID when its entry prints
     * them (links out), and whether its title backs the claims ({@code supported}; left out when
     * {@code supported} is null: a sentence making no claim has nothing to back).
     */
    private static void citations(ArrayNode cites, List<CitedReference> citations, IntPredicate supported) {
        for (CitedReference ref : citations) {
            ObjectNode cite = cites.addObject().put("label", ref.label()).put("index", ref.index()).put("reference", ref.reference());
            if (supported != null) {
                cite.put("supported", supported.test(ref.index()));
            }
            // Links out: the parsed entry's DOI and PMID, else as its text prints them.
            java.util.Optional.ofNullable(ref.doi()).filter(d -> !d.isBlank()).or(() -> PublicationIds.doi(ref.reference()))
                    .ifPresent(doi -> cite.put("doi", doi));
            java.util.Optional.ofNullable(ref.pmid()).filter(p -> !p.isBlank()).or(() -> PublicationIds.pmid(ref.reference()))
                    .ifPresent(pmid -> cite.put("pmid", pmid));
        }
    }

    /**
     * Sentence results ({@code litmine search}, {@code /api/search}): {@code {"unit":"sentence","total",
     * "hits":[{"sentenceId","paperId","paperTitle","paper","section","sentence","start","end","highlight","genes",
     * "drugs","mentions","citations","unresolved","claimCount","claims":[claim as in claim hits],"score"}],
     * "facets"}}; a hit's {@code support} when the search sorted by it.
     */
    public static ObjectNode tree(SentenceResults results) {
        return body("sentence", results.total(), results.hits(), SearchResultsJson::hit, results.facets());
    }

    public static ObjectNode hit(SentenceHit hit) {
        IndexedSentence s = hit.sentence();
        ObjectNode h = MAPPER.createObjectNode();
        h.put("sentenceId", s.sentenceId());
        h.put("paperId", s.paperId());
        h.put("paperTitle", hit.paperTitle());
        h.set("paper", paper(hit.paper()));
        h.put("section", s.section());
        h.put("sentence", s.text());
        h.put("start", s.start());
        h.put("end", s.end());
        h.put("highlight", hit.highlight());
        ArrayNode genes = h.putArray("genes");
        ArrayNode drugs = h.putArray("drugs");
        s.genes().forEach(genes::add);
        s.drugs().forEach(drugs::add);
        ArrayNode mentions = h.putArray("mentions");
        for (Mention m : s.mentions()) {
            mentions.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end())
                    .put("type", m.type().name()).put("name", m.name()).put("id", m.id());
        }
        citations(h.putArray("citations"), hit.citations(),
                hit.claims().isEmpty() ? null : index -> hit.claims().stream().anyMatch(c -> c.citationSupported(index)));
        s.unresolved().forEach(h.putArray("unresolved")::add);
        h.put("claimCount", hit.claimCount());
        ArrayNode claims = h.putArray("claims");
        for (Claim c : hit.claims()) {
            ObjectNode claim = claim(c, null, hit.citations());
            claim.remove(List.of("paperId", "section", "sentence", "start", "end"));
            claims.add(claim);
        }
        h.put("score", hit.score());
        if (hit.support() > 0) {
            h.put("support", hit.support());
        }
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
