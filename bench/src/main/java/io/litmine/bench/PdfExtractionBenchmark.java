package io.litmine.bench;

import io.litmine.annotators.citation.CalloutParser;
import io.litmine.corpus.extract.PaperExtractor;
import io.litmine.corpus.model.Paper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Papers per second of litmine's extraction (Tika + cleanup + sections + reference list + callouts
 * found in the body) beside bare Tika {@code AutoDetectParser} text on the same PDFs, in the same JVM
 * and run, rounds interleaved so both see the same machine load. Usage:
 * {@code bench/run io.litmine.bench.PdfExtractionBenchmark [ROUNDS] FOLDER...} (PDFs directly in each folder).
 */
public final class PdfExtractionBenchmark {

    private PdfExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Path> pdfs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> files = Files.list(Path.of(args[i]))) {
                files.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path pdf : pdfs) {
            bytes.add(Files.readAllBytes(pdf));
        }
        PaperExtractor extractor = new PaperExtractor();
        CalloutParser callouts = CalloutParser.defaults();
        AutoDetectParser tika = new AutoDetectParser();
        litmine(pdfs, bytes, extractor, callouts); // warm-up: class loading, JIT
        tika(bytes, tika);
        long litmineNanos = 0;
        long tikaNanos = 0;
        long found = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            found = litmine(pdfs, bytes, extractor, callouts);
            long t1 = System.nanoTime();
            tika(bytes, tika);
            long t2 = System.nanoTime();
            litmineNanos += t1 - t0;
            tikaNanos += t2 - t1;
        }
        double papers = (double) pdfs.size() * rounds;
        double litminePerSecond = papers / (litmineNanos / 1e9);
        double tikaPerSecond = papers / (tikaNanos / 1e9);
        System.out.printf("%d PDFs x %d rounds; references+callouts found per round: %d%n", pdfs.size(), rounds, found);
        System.out.printf("bare Tika AutoDetectParser: %.2f papers/s%n", tikaPerSecond);
        System.out.printf("litmine extraction + references + callouts: %.2f papers/s (ratio to Tika %.2f)%n",
                litminePerSecond, litminePerSecond / tikaPerSecond);
    }

    private static long litmine(List<Path> pdfs, List<byte[]> bytes, PaperExtractor extractor, CalloutParser callouts)
            throws Exception {
        long found = 0;
        for (int i = 0; i < pdfs.size(); i++) {
            Paper paper = extractor.extract(pdfs.get(i).toString(), bytes.get(i));
            found += paper.references().size() + callouts.find(paper.body(), paper.references().size()).size();
        }
        return found;
    }

    private static void tika(List<byte[]> bytes, AutoDetectParser tika) throws Exception {
        for (byte[] pdf : bytes) {
            try (InputStream in = new java.io.ByteArrayInputStream(pdf)) {
                tika.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
            }
        }
    }
}
