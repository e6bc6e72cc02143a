package io.litmine.index.export;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Reference;
import io.litmine.index.assertion.Assertion;
import io.litmine.index.assertion.AssertionAggregator;
import io.litmine.index.assertion.AssertionExporter;
import io.litmine.index.export.bioc.BiocExporter;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.QuerySyntaxException;
import io.litmine.index.search.SearchFilters;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One export, as the command line and the HTTP API both ask for it: what, in which format, for
 * which claims (query and filters; none = everything). Papers and references are narrowed to the
 * ones the matching claims come from and cite.
 */
public record EvidenceExport(ExportContent content, ExportFormat format, String query, SearchFilters filters) {

    public EvidenceExport {
        if (!content.supports(format)) {
            throw new IllegalArgumentException("--what " + content.name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot be exported as " + format.extension());
        }
        filters = filters == null ? SearchFilters.NONE : filters;
    }

    public boolean everything() {
        return (query == null || query.isBlank()) && filters.isEmpty();
    }

    /** Writes the export to {@code out} (UTF-8; flushed, not closed). */
    public void write(EvidenceSearcher searcher, OutputStream out) throws IOException, QuerySyntaxException {
        switch (content) {
            case CLAIMS -> ClaimExporter.write(claimRows(searcher), format, out);
            case REFERENCES -> ReferenceExporter.write(citedWorks(searcher), format, out);
            case ASSERTIONS -> AssertionExporter.write(assertions(searcher), format, out);
            case PAPERS -> {
                List<AnnotatedPaper> papers = papers(searcher);
                if (format == ExportFormat.JSONL) {
                    PaperExporter.write(papers, out);
                } else {
                    BiocExporter.write(papers, format, out);
                }
            }
        }
    }

    public List<ClaimRow> claimRows(EvidenceSearcher searcher) throws IOException, QuerySyntaxException {
        List<ClaimRow> rows = new ArrayList<>();
        for (Claim claim : searcher.claims(query, filters)) {
            rows.add(new ClaimRow(claim, searcher.citedReferences(claim)));
        }
        return rows;
    }

    /** The matching claims merged into assertions; each paper's reference list is read once. */
    public List<Assertion> assertions(EvidenceSearcher searcher) throws IOException, QuerySyntaxException {
        List<Claim> claims = searcher.claims(query, filters);
        Map<String, List<Reference>> references = new HashMap<>();
        for (Claim c : claims) {
            if (!references.containsKey(c.paperId())) {
                references.put(c.paperId(), searcher.referenceList(c.paperId()));
            }
        }
        return AssertionAggregator.aggregate(claims, references::get);
    }

    /** Every paper's references, or only the ones the matching claims cite, in paper then list order. */
    public List<CitedWork> citedWorks(EvidenceSearcher searcher) throws IOException, QuerySyntaxException {
        List<CitedWork> works = new ArrayList<>();
        if (everything()) {
            for (AnnotatedPaper paper : searcher.papers()) {
                paper.paper().references().forEach(r -> works.add(new CitedWork(paper.paperId(), r)));
            }
            return works;
        }
        Map<String, Set<Integer>> cited = new LinkedHashMap<>();
        for (Claim claim : searcher.claims(query, filters)) {
            cited.computeIfAbsent(claim.paperId(), p -> new LinkedHashSet<>()).addAll(claim.citations());
        }
        for (Map.Entry<String, Set<Integer>> paper : cited.entrySet()) {
            for (Reference r : searcher.referenceList(paper.getKey())) {
                if (paper.getValue().contains(r.index())) {
                    works.add(new CitedWork(paper.getKey(), r));
                }
            }
        }
        return works;
    }

    /** Every paper, or only those with a matching claim. */
    public List<AnnotatedPaper> papers(EvidenceSearcher searcher) throws IOException, QuerySyntaxException {
        List<AnnotatedPaper> papers = searcher.papers();
        if (everything()) {
            return papers;
        }
        Set<String> ids = new LinkedHashSet<>();
        searcher.claims(query, filters).forEach(c -> ids.add(c.paperId()));
        return papers.stream().filter(p -> ids.contains(p.paperId())).toList();
    }
}
