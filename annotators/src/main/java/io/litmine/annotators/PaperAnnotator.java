package io.litmine.annotators;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.citation.CitationAnnotator;
import io.litmine.annotators.claim.ClaimAnnotator;
import io.litmine.annotators.drug.DrugAnnotator;
import io.litmine.annotators.gene.GeneAnnotator;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Sentence;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one adapter from CoreNLP to litmine's records: runs
 * {@code tokenize,ssplit,pos,lemma,citations,genes,drugs,claims} over a paper's body and returns
 * an {@link AnnotatedPaper}. No CoreNLP type crosses this class's public API.
 *
 * <p>Building one loads the POS model and the lexicons (seconds), so build it once per worker — in
 * a Beam {@code DoFn}'s {@code @Setup} — and reuse it. {@link #annotate} is safe to call from one
 * thread at a time per instance.
 */
public final class PaperAnnotator {

    private static final Logger LOG = LoggerFactory.getLogger(PaperAnnotator.class);

    private final StanfordCoreNLP pipeline;

    public PaperAnnotator(AnnotatorConfig config) {
        this.pipeline = new StanfordCoreNLP(properties(config));
    }

    static Properties properties(AnnotatorConfig config) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,citations,genes,drugs,claims");
        // Converted PDFs break lines inside sentences; only a blank line ends a paragraph.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("customAnnotatorClass.citations", CitationAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.genes", GeneAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.drugs", DrugAnnotator.class.getName());
        props.setProperty("customAnnotatorClass.claims", ClaimAnnotator.class.getName());
        if (config.lexiconDir() != null) {
            for (EntityType type : EntityType.values()) {
                var file = config.lexiconDir().resolve(Lexicon.fileName(type));
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("lexicon directory " + config.lexiconDir() + " has no " + file.getFileName());
                }
                props.setProperty((type == EntityType.GENE ? "genes" : "drugs") + ".lexicon", file.toString());
            }
        }
        return props;
    }

    /** Annotates {@code paper.body()}; every offset returned is an offset into {@code paper.text()}. */
    public AnnotatedPaper annotate(Paper paper) {
        Annotation document = new Annotation(paper.body());
        document.set(LitmineAnnotations.PaperIdAnnotation.class, paper.paperId());
        document.set(LitmineAnnotations.ReferencesAnnotation.class, paper.references());
        document.set(LitmineAnnotations.MarkedCalloutsAnnotation.class, paper.markedCallouts());
        document.set(LitmineAnnotations.SectionsAnnotation.class, paper.sections());
        pipeline.annotate(document);

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
