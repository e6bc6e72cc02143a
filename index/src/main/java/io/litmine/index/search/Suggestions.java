package io.litmine.index.search;

import io.litmine.corpus.model.EntityType;
import io.litmine.index.schema.EvidenceAnalyzer;
import io.litmine.index.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": for a query word no indexed text holds ("trastuzumb"), or a gene or drug filter
 * that names nothing the lexicon or the index knows, the nearest terms the index does hold (Lucene's
 * fuzzy term enumeration, up to two edits, closest first, then the most frequent).
 */
public final class Suggestions {

    /** Suggestions per word. */
    public static final int MAX = 3;
    /** Shorter words are too often a near miss of everything. */
    private static final int MIN_WORD = 4;
    private static final int MAX_EDITS = 2;
    /** Plain words of a query: not operators, not field names, not a field's value. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:])([\\p{L}][\\p{L}\\p{N}-]*)(?![\\p{L}\\p{N}]|:)");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "TO");

    private final IndexReader reader;
    private final EntityResolver resolver;
    private final Analyzer analyzer = EvidenceAnalyzer.forIndexing();

    Suggestions(IndexReader reader, EntityResolver resolver) {
        this.reader = reader;
        this.resolver = resolver;
    }

    /** The query's words that match no indexed text, each with its nearest indexed words (possibly none). */
    public Map<String, List<String>> forQuery(String query) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null) {
            return out;
        }
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String word = m.group(1);
            if (OPERATORS.contains(word) || word.length() < MIN_WORD || out.containsKey(word)) {
                continue;
            }
            String term = firstTerm(word);
            if (term != null && reader.docFreq(new Term(Fields.TEXT, term)) == 0) {
                out.put(word, nearest(Fields.TEXT, term));
            }
        }
        return out;
    }

    /**
     * What to offer a search that found nothing: its query words no indexed text holds and its gene
     * and drug filter values nothing knows, each with its nearest indexed words or names; only those
     * that have some.
     */
    public Map<String, List<String>> forEmptyResult(String query, SearchFilters filters) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        forQuery(query).forEach((word, near) -> {
            if (!near.isEmpty()) {
                out.put(word, near);
            }
        });
        for (EntityType type : List.of(EntityType.GENE, EntityType.DRUG)) {
            for (String value : type == EntityType.GENE ? filters.genes() : filters.drugs()) {
                if (!out.containsKey(value) && !knows(type, value)) {
                    List<String> near = nearEntity(type, value);
                    if (!near.isEmpty()) {
                        out.put(value, near);
                    }
                }
            }
        }
        return out;
    }

    /** Whether a gene or drug filter value names something: a lexicon synonym, or a name claims are tagged with. */
    public boolean knows(EntityType type, String name) throws IOException {
        String v = name.strip();
        String field = field(type);
        return !resolver.resolve(type, v).isEmpty() || reader.docFreq(new Term(field, v)) > 0
                || type == EntityType.GENE && reader.docFreq(new Term(field, v.toUpperCase(Locale.ROOT))) > 0;
    }

    /** Indexed gene or drug names near {@code name}. */
    public List<String> nearEntity(EntityType type, String name) throws IOException {
        String v = name.strip();
        return nearest(field(type), type == EntityType.GENE ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT));
    }

    private static String field(EntityType type) {
        return type == EntityType.DRUG ? Fields.DRUGS : Fields.GENES;
    }

    private List<String> nearest(String field, String term) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null || term.isEmpty()) {
            return List.of();
        }
        record Near(String term, float closeness, int docFreq) {
        }
        List<Near> near = new ArrayList<>();
        int edits = Math.min(MAX_EDITS, Math.max(1, term.codePointCount(0, term.length()) / 4));
        FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(field, term), edits, 1, true);
        for (BytesRef t = fuzzy.next(); t != null; t = fuzzy.next()) {
            String s = t.utf8ToString();
            if (!s.equals(term)) {
                near.add(new Near(s, fuzzy.getBoost(), fuzzy.docFreq()));
            }
        }
        return near.stream()
                .sorted(Comparator.comparingDouble((Near n) -> -n.closeness()).thenComparingInt(n -> -n.docFreq())
                        .thenComparing(Near::term))
                .limit(MAX).map(Near::term).toList();
    }

    /** The word as the index holds it (lower-cased, Greek spelled out), or null if it analyses to nothing. */
    private String firstTerm(String word) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? term.toString() : null;
            ts.end();
            return first;
        }
    }
}
