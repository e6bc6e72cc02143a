package io.litmine.annotators.model;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.litmine.annotators.lexicon.DictionaryMatcher;
import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link MentionModel} from an IOB file (BC2GM train for genes, BC5CDR chemicals for drugs) and writes it
 * into a model folder atomically: a temporary file beside the target, moved over it only once
 * complete, so a refused file or a killed run leaves the previous model as it was.
 *
 * <p>Features are {@link MentionFeatures}, among them the dictionary matcher's verdict on each token
 * under the lexicon given here: train with the lexicon you tag with (the imported full lexicon, for
 * one), since the model learns how far to trust that lexicon's matches. The lexicon's entity type is
 * the model's. Each training sentence is
 * the file's tokens joined by spaces, as the evaluation sets are read. Iterations are capped
 * ({@link #maxIterations}): on BC2GM train the optimiser has converged to within noise of the full
 * run well before it stops.
 */
public final class MentionModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(MentionModelTrainer.class);
    public static final int DEFAULT_MAX_ITERATIONS = 150;

    private final DictionaryMatcher matcher;
    private final int maxIterations;
    private final int threads;

    /** One gradient thread: the same file and lexicon then always give the same model, to the bit. */
    public MentionModelTrainer(Lexicon lexicon) {
        this(lexicon, DEFAULT_MAX_ITERATIONS, 1);
    }

    /**
     * @param lexicon the lexicon whose matches the model reads as a feature; its type is the model's
     * @param maxIterations quasi-Newton iterations at most
     * @param threads threads computing the gradient (CoreNLP's {@code multiThreadGrad}); more than
     *     one is faster but sums in a varying order, so retrained models differ in the last digits
     */
    public MentionModelTrainer(Lexicon lexicon, int maxIterations, int threads) {
        if (maxIterations < 1 || threads < 1) {
            throw new IllegalArgumentException("maxIterations and threads must be positive");
        }
        this.matcher = new DictionaryMatcher(lexicon);
        this.maxIterations = maxIterations;
        this.threads = threads;
    }

    /** Reads and checks {@code iob} completely, trains, writes {@code outDir/}{@link MentionModel#fileName}. */
    public TrainingSummary train(Path iob, Path outDir) throws ModelException {
        return train(iob, outDir, new Properties());
    }

    /** As {@link #train(Path, Path)}, with CoreNLP CRF flags set over the defaults (experiments). */
    TrainingSummary train(Path iob, Path outDir, Properties overrides) throws ModelException {
        List<List<CoreLabel>> sentences = IobReader.read(iob);
        long started = System.nanoTime();
        int tokens = sentences.stream().mapToInt(List::size).sum();
        long mentions = sentences.stream().flatMap(List::stream)
                .filter(t -> MentionModel.B.equals(t.get(CoreAnnotations.AnswerAnnotation.class))).count();
        EntityType type = matcher.lexicon().type();
        LOG.info("training {} model on {} sentences, {} tokens, lexicon of {} entries", MentionModel.describe(type),
                sentences.size(), tokens, matcher.lexicon().size());
        sentences.forEach(this::tagLexicon);
        Properties flags = features(type, maxIterations, threads);
        flags.putAll(overrides);
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(flags);
        crf.train(new ArrayList<>(sentences));
        CrfWeights weights = CrfWeights.of(crf, MentionModel.O);
        checkAgreement(crf, new CrfDecoder(weights), sentences);
        Path target = outDir.resolve(MentionModel.fileName(type));
        long bytes = write(weights, outDir, target);
        return new TrainingSummary(type, target, sentences.size(), tokens, (int) mentions,
                Duration.ofNanos(System.nanoTime() - started), bytes);
    }

    /**
     * Our decoder must label the training sentences as CoreNLP's does: both maximise the same
     * scores, so they can differ only on exact ties in float arithmetic. More than one token in a
     * thousand means the export is wrong, and nothing is written.
     */
    private static void checkAgreement(CRFClassifier<CoreLabel> crf, CrfDecoder decoder, List<List<CoreLabel>> sentences)
            throws ModelException {
        String[] labels = decoder.labels();
        long tokens = 0;
        long differ = 0;
        for (List<CoreLabel> sentence : sentences) {
            int[] ours = decoder.decode(sentence);
            List<CoreLabel> theirs = crf.classify(sentence);
            for (int k = 0; k < ours.length; k++) {
                tokens++;
                if (!labels[ours[k]].equals(theirs.get(k).get(CoreAnnotations.AnswerAnnotation.class))) {
                    differ++;
                }
            }
        }
        LOG.info("decoder check: {} of {} training tokens labelled differently from CoreNLP's decoder", differ, tokens);
        if (differ * 1000 > tokens) {
            throw new ModelException("the exported model disagrees with CoreNLP on " + differ + " of " + tokens
                    + " training tokens; not written");
        }
    }

    /** Sets each token's dictionary verdict, matching on the tokens joined by single spaces. */
    private void tagLexicon(List<CoreLabel> sentence) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>(sentence.size());
        for (CoreLabel token : sentence) {
            if (text.length() > 0) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), text.length() + token.word().length()));
            text.append(token.word());
        }
        MentionModel.tagLexicon(spans, matcher.match(text.toString(), spans), sentence);
    }

    static Properties features(EntityType type, int maxIterations, int threads) {
        Properties p = new Properties();
        p.setProperty("featureFactory", MentionFeatures.class.getName());
        p.setProperty("backgroundSymbol", MentionModel.O);
        p.setProperty("maxLeft", "1");
        p.setProperty("featureCountThresh", Integer.toString(minFeatureCount(type)));
        p.setProperty("maxQNItr", Integer.toString(maxIterations));
        p.setProperty("multiThreadGrad", Integer.toString(threads));
        return p;
    }

    /**
     * Features seen fewer times than this in training are left out: 3 for both types (the gene
     * feature index shrinks from 11 MB to 3 MB and stays in the processor's cache, tagging ~20 %
     * faster; on BC2GM devel 2 gives F1 0.7177, 3 gives 0.7227, 5 gives 0.7139). For chemicals 5
     * gave BC5CDR devel 0.8812 against 0.8796, but BioRED dev relation pairs F1 0.348 against 0.378:
     * a gain on one corpus's devel set, a loss on another corpus, so 3 stays. docs/entities.md.
     */
    static int minFeatureCount(EntityType type) {
        return 3;
    }

    private static long write(CrfWeights weights, Path outDir, Path target) throws ModelException {
        Path temp = null;
        try {
            Files.createDirectories(outDir);
            temp = Files.createTempFile(outDir, ".model-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                weights.write(out);
            }
            long bytes = Files.size(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return bytes;
        } catch (IOException e) {
            throw new ModelException("cannot write model to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not delete temporary file {}: {}", temp, e.getMessage());
        }
    }
}
