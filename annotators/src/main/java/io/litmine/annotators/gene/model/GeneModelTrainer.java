package io.litmine.annotators.gene.model;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link GeneModel} from an IOB file the user supplies (BC2GM train, say) and writes it
 * into a model folder atomically: a temporary file beside the target, moved over it only once
 * complete, so a refused file or a killed run leaves the previous model as it was.
 *
 * <p>Features (CoreNLP's {@code NERFeatureFactory} flags, {@link #features}): the word and its
 * neighbours, character n-grams up to 6 anchored at either end (prefixes and suffixes: {@code -ase},
 * {@code -in}, {@code IL-}), word shape with case and digits ({@code chris2useLC}: {@code p53},
 * {@code BRCA1}, {@code Ras} differ), words within four tokens either side (disjunctive: "... gene",
 * "... protein", "expression of ...") and label-sequence features. No lexicon features: the lexicon
 * is applied after tagging, where it also names what was found, and CoreNLP's gazette feature would
 * tie the model file to a gazette file at tagging time. Iterations are capped ({@link #maxIterations}):
 * on BC2GM train the optimiser has converged to within noise of the full run well before it stops.
 */
public final class GeneModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(GeneModelTrainer.class);
    public static final int DEFAULT_MAX_ITERATIONS = 150;

    private final int maxIterations;
    private final int threads;

    public GeneModelTrainer() {
        this(DEFAULT_MAX_ITERATIONS, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * @param maxIterations quasi-Newton iterations at most
     * @param threads threads computing the gradient (CoreNLP's {@code multiThreadGrad})
     */
    public GeneModelTrainer(int maxIterations, int threads) {
        if (maxIterations < 1 || threads < 1) {
            throw new IllegalArgumentException("maxIterations and threads must be positive");
        }
        this.maxIterations = maxIterations;
        this.threads = threads;
    }

    /** Reads and checks {@code iob} completely, trains, writes {@code outDir/}{@value GeneModel#FILE_NAME}. */
    public TrainingSummary train(Path iob, Path outDir) throws GeneModelException {
        List<List<CoreLabel>> sentences = IobReader.read(iob);
        long started = System.nanoTime();
        int tokens = sentences.stream().mapToInt(List::size).sum();
        long mentions = sentences.stream().flatMap(List::stream)
                .filter(t -> GeneModel.B.equals(t.get(CoreAnnotations.AnswerAnnotation.class))).count();
        LOG.info("training gene model on {} sentences, {} tokens", sentences.size(), tokens);
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(features(maxIterations, threads));
        crf.train(new ArrayList<>(sentences));
        Path target = outDir.resolve(GeneModel.FILE_NAME);
        long bytes = write(crf, outDir, target);
        return new TrainingSummary(target, sentences.size(), tokens, (int) mentions,
                Duration.ofNanos(System.nanoTime() - started), bytes);
    }

    static Properties features(int maxIterations, int threads) {
        Properties p = new Properties();
        p.setProperty("backgroundSymbol", GeneModel.O);
        p.setProperty("useClassFeature", "true");
        p.setProperty("useWord", "true");
        p.setProperty("useNGrams", "true");
        p.setProperty("noMidNGrams", "true");
        p.setProperty("maxNGramLeng", "6");
        p.setProperty("usePrev", "true");
        p.setProperty("useNext", "true");
        p.setProperty("useWordPairs", "true");
        p.setProperty("useSequences", "true");
        p.setProperty("usePrevSequences", "true");
        p.setProperty("maxLeft", "1");
        p.setProperty("useTypeSeqs", "true");
        p.setProperty("useTypeSeqs2", "true");
        p.setProperty("useTypeySequences", "true");
        p.setProperty("wordShape", "chris2useLC");
        p.setProperty("useDisjunctive", "true");
        p.setProperty("disjunctionWidth", "4");
        p.setProperty("maxQNItr", Integer.toString(maxIterations));
        p.setProperty("multiThreadGrad", Integer.toString(threads));
        return p;
    }

    private static long write(CRFClassifier<CoreLabel> crf, Path outDir, Path target) throws GeneModelException {
        Path temp = null;
        try {
            Files.createDirectories(outDir);
            temp = Files.createTempFile(outDir, ".genes-", ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(temp))))) {
                crf.serializeClassifier(out);
            }
            long bytes = Files.size(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return bytes;
        } catch (IOException e) {
            throw new GeneModelException("cannot write gene model to " + target + ": " + e.getMessage(), e);
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
