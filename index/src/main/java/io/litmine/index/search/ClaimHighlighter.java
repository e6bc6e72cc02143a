package io.litmine.index.search;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.index.schema.EvidenceAnalyzer;
import io.litmine.index.schema.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Marks the query's terms in a claim sentence with {@code <mark>} tags. The whole sentence is one
 * fragment (sentences are short, and a cut one misleads). The text is HTML-escaped, marked or not,
 * so a highlight is always safe to put into a page.
 *
 * <p>The sentence is re-analysed exactly as it was indexed; tokens that overlap (a compound and its
 * parts: {@code PI3K/Akt}, {@code PI3K}, {@code Akt}) form one group, marked whole when any of them
 * is a query term, so {@code Akt} marks {@code PI3K/Akt} as a reader would expect. Query terms are
 * collected once per query (not per hit, as Lucene's {@code QueryScorer} does: that cost more than
 * the search itself on a large index); words under NOT are never marked; phrase words are marked
 * wherever they occur.
 */
final class ClaimHighlighter implements Closeable {

    private final Analyzer analyzer = EvidenceAnalyzer.forIndexing();

    /** The terms of {@link Fields#TEXT} a query looks for; make once per search, use for every hit. */
    static Marks marks(Query textQuery) {
        Marks marks = new Marks();
        if (textQuery != null) {
            textQuery.visit(marks.visitor());
        }
        return marks;
    }

    String highlight(Query textQuery, String sentence) {
        return highlight(marks(textQuery), sentence);
    }

    String highlight(Marks marks, String sentence) {
        if (marks.isEmpty()) {
            return HtmlEncoder.escape(sentence);
        }
        List<int[]> ranges = ranges(marks, sentence);
        StringBuilder out = new StringBuilder(sentence.length() + 16 * ranges.size());
        appendMarked(out, sentence, 0, sentence.length(), ranges);
        return out.toString();
    }

    /**
     * As {@link #highlight(Marks, String)}, with each entity mention (offsets within the sentence) in
     * {@code <span class="gene|drug" title="NAME">}: the query's marks nest inside, split at a
     * mention's edges, so the HTML is always well formed. Overlapping mentions keep the first.
     */
    String highlight(Marks marks, String sentence, List<Mention> mentions) {
        List<Mention> entities = new ArrayList<>();
        int last = 0;
        for (Mention m : mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList()) {
            if (m.start() >= last && m.end() <= sentence.length() && m.end() > m.start()) {
                entities.add(m);
                last = m.end();
            }
        }
        if (entities.isEmpty()) {
            return highlight(marks, sentence);
        }
        List<int[]> marked = marks.isEmpty() ? List.of() : ranges(marks, sentence);
        StringBuilder out = new StringBuilder(sentence.length() + 48 * entities.size());
        int at = 0;
        for (Mention m : entities) {
            appendMarked(out, sentence, at, m.start(), marked);
            out.append("<span class=\"").append(m.type() == EntityType.GENE ? "gene" : "drug").append("\" title=\"")
                    .append(HtmlEncoder.escape(m.name())).append("\">");
            appendMarked(out, sentence, m.start(), m.end(), marked);
            out.append("</span>");
            at = m.end();
        }
        appendMarked(out, sentence, at, sentence.length(), marked);
        return out.toString();
    }

    /** {@code sentence[from, to)}, escaped, with the parts of the marked ranges inside it in {@code <mark>}. */
    private static void appendMarked(StringBuilder out, String sentence, int from, int to, List<int[]> marked) {
        int at = from;
        for (int[] r : marked) {
            int start = Math.max(r[0], from);
            int end = Math.min(r[1], to);
            if (start >= end) {
                continue;
            }
            out.append(HtmlEncoder.escape(sentence.substring(at, start)))
                    .append("<mark>").append(HtmlEncoder.escape(sentence.substring(start, end))).append("</mark>");
            at = end;
        }
        out.append(HtmlEncoder.escape(sentence.substring(at, to)));
    }

    private List<int[]> ranges(Marks marks, String sentence) {
        List<int[]> ranges = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Fields.TEXT, sentence)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int groupStart = -1;
            int groupEnd = -1;
            boolean groupMarked = false;
            while (tokens.incrementToken()) {
                boolean marked = marks.matches(term.toString());
                if (offset.startOffset() < groupEnd) {
                    groupEnd = Math.max(groupEnd, offset.endOffset());
                    groupMarked |= marked;
                    continue;
                }
                if (groupMarked) {
                    ranges.add(new int[] {groupStart, groupEnd});
                }
                groupStart = offset.startOffset();
                groupEnd = offset.endOffset();
                groupMarked = marked;
            }
            if (groupMarked) {
                ranges.add(new int[] {groupStart, groupEnd});
            }
            tokens.end();
        } catch (IOException e) {
            // Analysing a String does no I/O; this is a bug, not a condition to show the user.
            throw new UncheckedIOException("cannot analyse a sentence to highlight it", e);
        }
        return ranges;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    /** The text terms and term patterns (prefix, wildcard, fuzzy) a query looks for. */
    static final class Marks {
        private final Set<String> terms = new HashSet<>();
        private final List<ByteRunAutomaton> patterns = new ArrayList<>();

        boolean isEmpty() {
            return terms.isEmpty() && patterns.isEmpty();
        }

        boolean matches(String term) {
            if (terms.contains(term)) {
                return true;
            }
            if (!patterns.isEmpty()) {
                BytesRef bytes = new BytesRef(term);
                for (ByteRunAutomaton pattern : patterns) {
                    if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
                        return true;
                    }
                }
            }
            return false;
        }

        QueryVisitor visitor() {
            return new QueryVisitor() {
                @Override
                public boolean acceptField(String field) {
                    return Fields.TEXT.equals(field);
                }

                @Override
                public void consumeTerms(Query query, org.apache.lucene.index.Term... queryTerms) {
                    for (org.apache.lucene.index.Term t : queryTerms) {
                        if (Fields.TEXT.equals(t.field())) {
                            terms.add(t.text());
                        }
                    }
                }

                @Override
                public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                    if (Fields.TEXT.equals(field)) {
                        patterns.add(automaton.get());
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                    return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
                }
            };
        }
    }
}
