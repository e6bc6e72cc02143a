package io.litmine.bench.search;

import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.index.schema.Fields;
import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.QuerySyntaxException;
import io.litmine.index.search.SearchFilters;
import io.litmine.index.search.SearchRequest;
import io.litmine.index.search.SearchResults;
import io.litmine.index.search.SentenceResults;
import io.litmine.pipeline.search.LexiconEntityResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Search latency on a large index: typical evidence queries (free text + one facet filter) through
 * {@link EvidenceSearcher#search} (claims: parse, synonyms, filter, BM25 top 10 in reading-order ties,
 * stored claim JSON, references, highlighting) and {@link EvidenceSearcher#searchSentences} (sentences,
 * a claim filter through the block join, each hit's claims read), with and without facet counts, beside a bare
 * Lucene {@code TermQuery} top 10 on the same reader in the same run (the baseline of the ratio).
 * Single-threaded; each mode is warmed up, then its queries run round-robin.
 *
 * <p>{@code bench/run io.litmine.bench.search.SearchLatencyBenchmark INDEX [ROUNDS]}
 */
public final class SearchLatencyBenchmark {

    /** Free text users type, each with one filter as the page's facets set it. */
    static final List<SearchRequest> TYPICAL = List.of(
            typical("trastuzumab resistance", SearchFilters.NONE.withMechanisms(List.of(Mechanism.DOWNSTREAM_ACTIVATION))),
            typical("PI3K/Akt activation", SearchFilters.NONE.withHedged(false)),
            typical("HER2-positive breast cancer", SearchFilters.NONE.withEvidence(List.of(Evidence.CLINICAL))),
            typical("PTEN loss", SearchFilters.NONE.withGenes(List.of("HER2"))),
            typical("\"tyrosine kinase\" inhibitor", SearchFilters.NONE.withDrugs(List.of("lapatinib"))),
            typical("apoptosis", SearchFilters.NONE.withYears(List.of("2010"))),
            typical("TGF-alpha EGFR", SearchFilters.NONE.withMechanisms(List.of(Mechanism.ALTERNATIVE_SIGNALLING))),
            typical("cell cycle p27kip1", SearchFilters.NONE.withMechanisms(List.of(Mechanism.CELL_CYCLE))),
            typical("VEGF angiogenesis", SearchFilters.NONE.withHedged(true)),
            typical("mTOR everolimus", SearchFilters.NONE.withGenes(List.of("PTEN"))));

    static final List<String> BASELINE_TERMS = List.of(
            "trastuzumab", "pi3k", "her2", "pten", "kinase", "apoptosis", "egfr", "cycle", "vegf", "mtor");

    private SearchLatencyBenchmark() {
    }

    static SearchRequest typical(String query, SearchFilters filter) {
        return SearchRequest.of(query).withFilters(filter);
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index.resolve("lucene"), LexiconEntityResolver.forIndex(index))) {
            IndexSearcher bare = new IndexSearcher(searcher.reader());
            long claims = bare.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_CLAIM)));
            long sentences = bare.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SENTENCE)));
            System.out.printf("index %s: %d sentences, %d claims, %d papers, %d segments, %.1f MiB%n", index, sentences, claims,
                    searcher.paperCount(), searcher.reader().leaves().size(),
                    BuildBenchIndex.sizeOf(index.resolve("lucene")) / (1024.0 * 1024.0));
            for (SearchRequest r : TYPICAL) {
                SearchResults res = searcher.search(r);
                SentenceResults sent = searcher.searchSentences(r);
                System.out.printf("  %-34s %-28s claims %7d  sentences %7d%n", r.query(), describe(r.filters()), res.total(),
                        sent.total());
            }
            List<Op> termQuery = new ArrayList<>();
            for (String term : BASELINE_TERMS) {
                termQuery.add(() -> bare.search(new TermQuery(new Term(Fields.TEXT, term)), 10));
            }
            List<Op> search = new ArrayList<>();
            List<Op> faceted = new ArrayList<>();
            List<Op> sentenceSearch = new ArrayList<>();
            List<Op> sentenceFaceted = new ArrayList<>();
            for (SearchRequest r : TYPICAL) {
                search.add(() -> searcher.search(r));
                faceted.add(() -> searcher.search(r.withFacets(true)));
                sentenceSearch.add(() -> searcher.searchSentences(r));
                sentenceFaceted.add(() -> searcher.searchSentences(r.withFacets(true)));
            }
            // Warm up every mode (JIT, page cache, facet ordinal maps), then measure each query alone.
            for (List<Op> mode : List.of(termQuery, search, faceted, sentenceSearch, sentenceFaceted)) {
                for (int i = 0; i < Math.max(50, rounds / 5); i++) {
                    for (Op op : mode) {
                        op.run();
                    }
                }
            }
            double[] base = measure(rounds, termQuery);
            double[] plain = measure(rounds, search);
            double[] facets = measure(rounds, faceted);
            double[] sentencePlain = measure(rounds, sentenceSearch);
            double[] sentenceFacets = measure(rounds, sentenceFaceted);
            System.out.printf("%nqueries per mode: %d (%d rounds × %d)%n", rounds * TYPICAL.size(), rounds, TYPICAL.size());
            System.out.println("mode                                    p50 ms   p90 ms   p99 ms   max ms   p50 ratio");
            report("bare TermQuery top 10 (baseline)", base, base);
            report("claims: text + 1 filter, top 10", plain, base);
            report("claims + 8 facets (--claims-only)", facets, base);
            report("sentences: text + 1 filter, top 10", sentencePlain, base);
            report("sentences + 8 facets (what /api/search does)", sentenceFacets, base);
        }
    }

    @FunctionalInterface
    interface Op {
        Object run() throws IOException, QuerySyntaxException;
    }

    /** Each query's latency in ms, sorted: every round runs each query of the mode once, round-robin. */
    private static double[] measure(int rounds, List<Op> mode) throws Exception {
        double[] samples = new double[rounds * mode.size()];
        int n = 0;
        for (int i = 0; i < rounds; i++) {
            for (Op op : mode) {
                long t0 = System.nanoTime();
                op.run();
                samples[n++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(samples);
        return samples;
    }

    private static void report(String name, double[] sorted, double[] base) {
        System.out.printf("%-40s %7.3f  %7.3f  %7.3f  %7.3f  %6.1f×%n", name, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted[sorted.length - 1], pct(sorted, 50) / pct(base, 50));
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String describe(SearchFilters f) {
        return f.toString().replaceAll("\\w+=\\[\\], ?|\\w+=null,? ?", "").replace("SearchFilters", "");
    }
}
