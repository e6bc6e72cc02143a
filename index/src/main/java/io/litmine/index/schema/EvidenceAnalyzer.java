package io.litmine.index.schema;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/**
 * The analyser for evidence text, used for the {@link Fields#TEXT} field at index and at query time.
 *
 * <p>Biomedical names carry punctuation inside them ({@code PI3K/Akt}, {@code HER2-positive},
 * {@code TGF-α}, {@code ERK1/2}). A standard tokenizer splits them and the whole is lost; a
 * whitespace tokenizer keeps the surrounding brackets and commas. So the tokenizer keeps runs of
 * letters and digits joined by internal {@code - / + . : '} (or a bracketed suffix glued to a word,
 * {@code p27(kip1)}) and drops outer punctuation, then a word delimiter filter adds the parts and
 * their concatenation while preserving the original: {@code PI3K/Akt} is indexed as
 * {@code pi3k/akt}, {@code pi3k}, {@code akt} and {@code pi3kakt}; {@code p27(kip1)} also as
 * {@code p27kip1}. Greek letters are spelled out first ({@code TGF-α} = {@code TGF-alpha}). Case changes and letter/digit boundaries are
 * deliberately <em>not</em> split: {@code HER2} must stay one term, not {@code her} + {@code 2}.
 *
 * <p>The word delimiter filter emits a token graph. Lucene asks that the graph be flattened when
 * indexing (the index cannot store position lengths) but kept intact at query time, where the query
 * parser builds correct graph queries from it; hence the two otherwise identical variants.
 */
public final class EvidenceAnalyzer extends Analyzer {

    /** A token: letters/digits, optionally joined by single internal connector characters. */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:[-/+.:'’][\\p{L}\\p{N}]+|\\([\\p{L}\\p{N}]+\\)(?=[^\\p{L}\\p{N}]|$))*");

    private static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.CATENATE_ALL
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    private final boolean flatten;

    private EvidenceAnalyzer(boolean flatten) {
        this.flatten = flatten;
    }

    /** The variant for {@code IndexWriterConfig} (and for re-analysing stored text to highlight it). */
    public static EvidenceAnalyzer forIndexing() {
        return new EvidenceAnalyzer(true);
    }

    /** The variant for query parsing. */
    public static EvidenceAnalyzer forQuerying() {
        return new EvidenceAnalyzer(false);
    }

    /**
     * Greek letters spelled out before tokenizing, so {@code TGF-α} and {@code TGF-alpha} are the same
     * terms (a char filter, so highlight offsets still point at the original letter).
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(GreekLetters.MAP, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(GreekLetters.MAP, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new PatternTokenizer(TOKEN, 0);
        TokenStream stream = new WordDelimiterGraphFilter(tokenizer, WORD_DELIMITER_FLAGS, null);
        stream = new LowerCaseFilter(stream);
        if (flatten) {
            stream = new FlattenGraphFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Wildcard, prefix and fuzzy terms skip analysis; lower-case them so they match the index. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
