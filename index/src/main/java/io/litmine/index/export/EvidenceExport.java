package io.litmine.index.export;

import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Reference;
import io.litmine.index.assertion.Assertion;
import io.litmine.index.assertion.AssertionAggregator;
import io.litmine.index.assertion.AssertionExporter;
import io.litmine.index.export.bioc.BiocExporter;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.PaperMeta;
import io.litmine.index.search.QuerySyntaxException;
import io.litmine.index.search.SearchFilters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
public record EvidenceExport(ExportContent content, ExportFormat format, String query, SearchFilters filters,
                             TableOptions table) {

    public EvidenceExport {
        if (!content.supports(format)) {
            throw new IllegalArgumentException("--what " + content.name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot be exported as " + format.extension());
        }
        filters = filters == null ? SearchFilters.NONE : filters;
        table = table == null ? TableOptions.DEFAULT : table;
    }

    /** An export with the default table layout (one row per claim, no byte order mark). */
    public EvidenceExport(ExportContent content, ExportFormat format, String query, SearchFilters filters) {
        this(content, format, query, filters, TableOptions.DEFAULT);
    }

    public boolean everything() {
        return (query == null || query.isBlank()) && filters.isEmpty();
    }

    /**
     * Writes the export to {@code out} (UTF-8; flushed, not closed). Claims, references and papers
     * (JSONL and BioC) stream, one item at a time from the index to {@code out}, so their size is
     * not bounded by the heap; only assertions (merged across papers) are built first.
     */
    public void write(EvidenceSearcher searcher, OutputStream out) throws IOException, QuerySyntaxException {
        if (writtenAsText()) {
            write(searcher, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } else if (content == ExportContent.ASSERTIONS) {
            AssertionExporter.write(assertions(searcher), format, out);
        } else {
            BiocExporter.write(matchingPapers(searcher), format, out);
        }
    }

    /** As {@link #write(EvidenceSearcher, OutputStream)}, to a character stream (flushed, not closed). */
    public void write(EvidenceSearcher searcher, Writer out) throws IOException, QuerySyntaxException {
        if (!writtenAsText()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(searcher, bytes);
            out.write(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        switch (content) {
            case CLAIMS -> {
                PaperRows papers = new PaperRows(searcher);
                try (ClaimExporter.Table rows = ClaimExporter.open(format, out, table)) {
                    searcher.forEachClaim(query, filters, claim -> rows.add(papers.row(claim)));
                }
            }
            case REFERENCES -> ReferenceExporter.write(citedWorks(searcher), format, out);
            default -> {
                matchingPapers(searcher).forEach(paper -> PaperExporter.writeLine(paper, out));
                out.flush();
            }
        }
    }

    /** Exports written through a character stream; BioC and assertions write bytes themselves. */
    private boolean writtenAsText() {
        return switch (content) {
            case CLAIMS, REFERENCES -> true;
            case PAPERS -> format == ExportFormat.JSONL;
            case ASSERTIONS -> false;
        };
    }

    /** Every paper, or those with a matching claim, read from the index as they are written. */
    private PaperStream matchingPapers(EvidenceSearcher searcher) throws IOException, QuerySyntaxException {
        Set<String> ids = everything() ? null : matchingPaperIds(searcher);
        return visitor -> searcher.forEachPaper(paper -> {
            if (ids == null || ids.contains(paper.paperId())) {
                visitor.visit(paper);
            }
        });
    }

    private Set<String> matchingPaperIds(EvidenceSearcher searcher) throws IOException, QuerySyntaxException {
        Set<String> ids = new HashSet<>();
        searcher.forEachClaim(query, filters, c -> ids.add(c.paperId()));
        return ids;
    }

    /**
     * The reference list and the metadata of the paper of the claim at hand. Claims come by paper,
     * so holding the last paper's read each once (reading the list per claim made the 210k-claim
     * export take 4 minutes).
     */
    private static final class PaperRows {
        private final EvidenceSearcher searcher;
        private String paperId;
        private List<Reference> references;
        private PaperMeta meta;

        PaperRows(EvidenceSearcher searcher) {
            this.searcher = searcher;
        }

        ClaimRow row(Claim claim) throws IOException {
            if (!claim.paperId().equals(paperId)) {
                paperId = claim.paperId();
                references = searcher.referenceList(paperId);
                meta = searcher.paperMeta(paperId);
            }
            return new ClaimRow(claim, CitedReference.resolve(claim, references), meta);
        }
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
            searcher.forEachPaper(paper -> paper.paper().references().forEach(r -> works.add(new CitedWork(paper.paperId(), r))));
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
}
