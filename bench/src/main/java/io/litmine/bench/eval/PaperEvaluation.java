package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.corpus.xml.ArticleXmlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores a papers export against a folder (or one file) of publisher XML, pairing gold and predicted
 * papers by file stem (the predicted paper's {@code source} or {@code paperId}: X.pdf ↔ X.xml), and
 * adds the papers up: micro figures over all papers, reference-count accuracy.
 */
public record PaperEvaluation(List<PaperScore> papers) {

    public PaperEvaluation {
        papers = List.copyOf(papers);
    }

    public static PaperEvaluation run(Path papersJsonl, Path gold) throws IOException, ArticleXmlException {
        Map<String, JsonNode> byKey = predicted(papersJsonl);
        List<PaperScore> scores = new ArrayList<>();
        for (Path file : goldFiles(gold)) {
            String stem = stem(file.getFileName().toString());
            scores.add(PaperScorer.score(stem, XmlGoldParser.parse(file), byKey.get(stem)));
        }
        return new PaperEvaluation(scores);
    }

    public Prf resolution() {
        return papers.stream().map(PaperScore::resolution).reduce(Prf.ZERO, Prf::plus);
    }

    public Prf referenceFields() {
        return papers.stream().map(PaperScore::fieldsMicro).reduce(Prf.ZERO, Prf::plus);
    }

    public Prf referenceField(Field f) {
        return papers.stream().map(p -> p.fields().get(f)).reduce(Prf.ZERO, Prf::plus);
    }

    public long refCountsExact() {
        return papers.stream().filter(PaperScore::refCountExact).count();
    }

    public long missing() {
        return papers.stream().filter(p -> !p.predicted()).count();
    }

    private static Map<String, JsonNode> predicted(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byKey = new HashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode paper;
            try {
                paper = json.readTree(line);
            } catch (IOException e) {
                throw new IOException(jsonl + ":" + n + ": not valid JSON", e);
            }
            for (String field : List.of("paperId", "source")) {
                String v = paper.path(field).asText("");
                if (!v.isEmpty()) {
                    String base = v.substring(Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\')) + 1);
                    byKey.putIfAbsent(v, paper);
                    byKey.putIfAbsent(base, paper);
                    byKey.putIfAbsent(stem(base), paper);
                }
            }
        }
        return byKey;
    }

    private static List<Path> goldFiles(Path gold) throws IOException {
        if (!Files.isDirectory(gold)) {
            return List.of(gold);
        }
        try (Stream<Path> files = Files.list(gold)) {
            List<Path> xml = files.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".xml") || n.endsWith(".nxml");
            }).sorted().toList();
            if (xml.isEmpty()) {
                throw new IOException("no .xml/.nxml files in " + gold);
            }
            return xml;
        }
    }

    static String stem(String name) {
        return name.replaceFirst("(?i)\\.(pdf|xml|nxml|txt|md|html?|tei\\.xml)$", "");
    }
}
