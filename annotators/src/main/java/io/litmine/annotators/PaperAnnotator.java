package io.litmine.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.citation.CitationAnnotator;
import io.litmine.annotators.claim.ClaimAnnotator;
import io.litmine.annotators.claim.SelectiveParseAnnotator;
import io.litmine.annotators.drug.DrugAnnotator;
import io.litmine.annotators.gene.GeneAnnotator;
import io.litmine.annotators.lexicon.MentionOverlapAnnotator;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one adapter from CoreNLP to litmine's records: runs
 * {@code tokenize,ssplit,pos,lemma,citations,genes,drugs,overlaps,claimparse,claims} over a paper's body and returns
 * an {@link AnnotatedPaper}. No CoreNLP type crosses this class's public API.
 *
 * <p>Building one loads the POS model and the lexicons (seconds), so build it once per worker — in
 * a Beam {@code DoFn}'s {@code @Setup} — and reuse it. {@link #annotate} is safe to call from one
 * thread at a time per instance. Reference titles are tagged with the gene and drug annotators too,
 * so the claim annotator can check whether a cited title names the claim's entities.
 */
public final class PaperAnnotator {

    private static final Logger LOG = LoggerFactory.getLogger(PaperAnnotator.class);

    private final StanfordCoreNLP pipeline;
    /** Tags reference titles with the same gene/drug annotators (CoreNLP's pool shares them). */
    private final StanfordCoreNLP titles;
    private final AtomicLong skippedSentences = new AtomicLong();
    private final AtomicLong parsedSentences = new AtomicLong();
    private final AtomicLong allSentences = new AtomicLong();

    public PaperAnnotator(AnnotatorConfig config) {
        Properties props = properties(config);
        this.pipeline = new StanfordCoreNLP(props);
        Properties titleProps = new Properties();
        titleProps.putAll(props);
        titleProps.setProperty("annotators", TITLE_ANNOTATORS);
        this.titles = new StanfordCoreNLP(titleProps);
    }

    static final String SENTENCE_FOLLOWERS = "[\\p{Pe}\\p{Pf}\"'>＂＇＞]|''|-R[CRS]B-|\\d{1,3}|,";

    private static final String TITLE_ANNOTATORS = "tokenize,ssplit,citations,genes,drugs,overlaps";

    /** The CoreNLP properties of the paper pipeline for {@code config}, for tools that inspect its annotations. */
    public static Properties properties(AnnotatorConfig config) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,citations,genes,drugs,overlaps,claimparse,claims");
        // Converted PDFs break lines inside sentences; only a blank line ends a paragraph.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Superscript callouts set after the full stop ("… oxygen species.116 Safingol …", JATS) belong to the
        // sentence they end, as closing brackets and quotes do (CoreNLP's default followers, then numbers).
        props.setProperty("ssplit.boundaryFollowersRegex", SENTENCE_FOLLOWERS);
        props.setProperty("customAnnotatorClass.citations", CitationAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.genes", GeneAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.drugs", DrugAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.overlaps", MentionOverlapAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.claimparse", SelectiveParseAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.claims", ClaimAnnotator.class.getName());
        props.setProperty("claims.extractor", config.claimExtractor());
        config.addLexiconProperties(props);
        return props;
    }

    /**
     * Sentences the claim annotator has skipped for length (extraction debris, tables), over every
     * paper this instance annotated: the pipeline reports the count.
     */
    public long skippedSentences() {
        return skippedSentences.get();
    }

    /**
     * Sentences the selective parser parsed, and all sentences, over every paper this instance
     * annotated: how selective the parse is (docs/benchmarks.md).
     */
    public long parsedSentences() {
        return parsedSentences.get();
    }

    public long allSentences() {
        return allSentences.get();
    }

    /** Annotates {@code paper.body()}; every offset returned is an offset into {@code paper.text()}. */
    public AnnotatedPaper annotate(Paper paper) {
        Annotation document = new Annotation(paper.body());
        document.set(LitmineAnnotations.PaperIdAnnotation.class, paper.paperId());
        document.set(LitmineAnnotations.ReferencesAnnotation.class, paper.references());
        document.set(LitmineAnnotations.MarkedCalloutsAnnotation.class, paper.markedCallouts());
        document.set(LitmineAnnotations.SectionsAnnotation.class, paper.sections());
        document.set(LitmineAnnotations.ReferenceTitleEntitiesAnnotation.class, ReferenceTitles.entities(titles, paper.references()));
        pipeline.annotate(document);
        Integer parsed = document.get(LitmineAnnotations.ParsedSentencesAnnotation.class);
        parsedSentences.addAndGet(parsed == null ? 0 : parsed);
        allSentences.addAndGet(document.get(CoreAnnotations.SentencesAnnotation.class).size());
        Integer skipped = document.get(LitmineAnnotations.SkippedSentencesAnnotation.class);
        if (skipped != null && skipped > 0) {
            skippedSentences.addAndGet(skipped);
            LOG.info("{}: {} sentence(s) too long for claim extraction skipped", paper.paperId(), skipped);
        }

        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), paper.text().substring(start, end), start, end, paper.sectionAt(start)));
            List<Mention> inSentence = new ArrayList<>(s.get(LitmineAnnotations.GeneMentionsAnnotation.class));
            inSentence.addAll(s.get(LitmineAnnotations.DrugMentionsAnnotation.class));
            inSentence.sort(Comparator.comparingInt(Mention::start));
            mentions.addAll(inSentence);
            citations.addAll(s.get(LitmineAnnotations.CitationsAnnotation.class));
            claims.addAll(s.get(LitmineAnnotations.ClaimsAnnotation.class));
        }
        LOG.debug("annotated {}: {} sentences, {} mentions, {} citations, {} claims",
                paper.paperId(), sentences.size(), mentions.size(), citations.size(), claims.size());
        return new AnnotatedPaper(paper, sentences, mentions, citations, claims);
    }
}
