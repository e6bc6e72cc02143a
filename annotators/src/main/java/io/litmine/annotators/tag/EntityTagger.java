package io.litmine.annotators.tag;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.AnnotatorConfig;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.annotators.drug.DrugAnnotator;
import io.litmine.annotators.gene.GeneAnnotator;
import io.litmine.annotators.lexicon.DictionaryAnnotator;
import io.litmine.annotators.lexicon.MentionOverlapAnnotator;
import io.litmine.annotators.lexicon.Kind;
import io.litmine.annotators.lexicon.LexiconEntry;
import io.litmine.annotators.model.MeshTable;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Tags genes and drugs in plain text, with no paper, index or claim around it: what
 * {@code litmine tag} runs. Only {@code tokenize,ssplit} and the gene and drug annotators (lexicon and,
 * by default, the shipped models; chemicals get MeSH ids from {@link MeshTable}) run:
 * they need no part-of-speech tags or lemmas, and skipping those models makes tagging several
 * times faster than the full {@code PaperAnnotator}.
 *
 * <p>Building one loads the lexicons (seconds for the full imported ones); reuse it. Not thread-safe.
 */
public final class EntityTagger {

    private final AnnotationPipeline pipeline = new AnnotationPipeline();
    private final DictionaryAnnotator genes;
    private final DictionaryAnnotator drugs;
    private final MeshTable mesh;

    public EntityTagger(AnnotatorConfig config) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        config.addLexiconProperties(props);
        genes = new GeneAnnotator(AnnotatorConfig.annotatorName(EntityType.GENE), props);
        drugs = new DrugAnnotator(AnnotatorConfig.annotatorName(EntityType.DRUG), props);
        pipeline.addAnnotator(new StanfordCoreNLP(props));
        pipeline.addAnnotator(genes);
        pipeline.addAnnotator(drugs);
        pipeline.addAnnotator(new MentionOverlapAnnotator());
        mesh = config.models().enabled() ? MeshTable.in(config.models().dir()) : null;
    }

    /** Gene and drug mentions of {@code text} in reading order; offsets are into {@code text}. */
    public List<TaggedEntity> tag(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<TaggedEntity> found = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentence.get(LitmineAnnotations.GeneMentionsAnnotation.class).forEach(m -> found.add(describe(m, genes)));
            sentence.get(LitmineAnnotations.DrugMentionsAnnotation.class).forEach(m -> found.add(describe(m, drugs)));
        }
        found.sort(Comparator.comparingInt((TaggedEntity e) -> e.mention().start())
                .thenComparing(e -> e.mention().type()));
        return found;
    }

    private TaggedEntity describe(Mention mention, DictionaryAnnotator annotator) {
        // The matcher found the mention by this very surface, so the lookup returns its entry.
        Optional<LexiconEntry> entry = annotator.lexicon().lookup(mention.text());
        String meshId = mesh != null && mention.type() == EntityType.DRUG ? mesh.lookup(mention).orElse(null) : null;
        return new TaggedEntity(mention,
                entry.map(LexiconEntry::kind).orElse(Kind.CONCEPT),
                entry.map(e -> e.qualifiers().note()).orElse(null), meshId);
    }
}
