package io.litmine.index.search;

import io.litmine.index.schema.EvidenceAnalyzer;
import io.litmine.index.schema.Fields;
import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the query's terms in a claim sentence with {@code <mark>} tags. The whole sentence is one
 * fragment (sentences are short, and a cut one misleads). The text is HTML-escaped, marked or not,
 * so a highlight is always safe to put into a page.
 */
final class ClaimHighlighter implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimHighlighter.class);

    /** Re-analyses the stored sentence exactly as it was indexed, so offsets and terms line up. */
    private final Analyzer analyzer = EvidenceAnalyzer.forIndexing();

    String highlight(Query textQuery, String sentence) {
        if (textQuery == null) {
            return HtmlEncoder.escape(sentence);
        }
        Highlighter highlighter = new Highlighter(
                new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlEncoder(), new QueryScorer(textQuery, Fields.TEXT));
        highlighter.setTextFragmenter(new NullFragmenter());
        highlighter.setMaxDocCharsToAnalyze(Math.max(Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE, sentence.length()));
        try {
            String marked = highlighter.getBestFragment(analyzer, Fields.TEXT, sentence);
            return marked != null ? marked : HtmlEncoder.escape(sentence);
        } catch (IOException | InvalidTokenOffsetsException e) {
            // Highlighting is decoration: the hit is still right, so show it unmarked.
            LOG.warn("cannot highlight sentence, showing it unmarked: {}", sentence, e);
            return HtmlEncoder.escape(sentence);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
