package io.litmine.bench.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ChemProt sentences ({@code dev.txt}: one JSON object per line, {@code {"text", "label"}}, the two
 * entities marked {@code << chemical >>} and {@code [[ protein ]]}) read as {@code make_relation_input.py}
 * reads them: the key holds every row with exactly two markers; the texts are the distinct plain
 * sentences, 200 to a file, one paragraph each.
 */
public record ChemProtCorpus(List<ChemProtPair> pairs, int skipped) {

    /** The markers are spaced: chemical names themselves hold "[[(". Python's '.' is any character but a newline. */
    private static final Pattern MARK = Pattern.compile("<< ([^\\n]+?) >>|\\[\\[ ([^\\n]+?) \\]\\]");
    static final int SENTENCES_PER_FILE = 200;

    public ChemProtCorpus {
        pairs = List.copyOf(pairs);
    }

    public static ChemProtCorpus read(Path goldFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ChemProtPair> pairs = new ArrayList<>();
        int row = 0;
        int skipped = 0;
        int lineNo = 0;
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            lineNo++;
            if (ScorerText.strip(line).isEmpty()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            if (r == null || !r.isObject()) {
                throw new IOException(goldFile + ":" + lineNo + ": expected a JSON object per line");
            }
            List<String> entities = new ArrayList<>(2);
            String plain = unmark(r.path("text").asText(""), entities);
            if (entities.size() == 2) {
                JsonNode label = r.get("label");
                pairs.add(new ChemProtPair(row, plain, entities.get(0), entities.get(1),
                        label == null || label.isNull() ? null : label.asText()));
            } else {
                skipped++;
            }
            row++;
        }
        return new ChemProtCorpus(pairs, skipped);
    }

    /** The sentence without markers, whitespace collapsed; the marked entities are added to {@code entities}. */
    static String unmark(String text, List<String> entities) {
        Matcher m = MARK.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1) != null ? m.group(1) : m.group(2);
            entities.add(entity);
            m.appendReplacement(plain, Matcher.quoteReplacement(entity));
        }
        m.appendTail(plain);
        return ScorerText.collapseSpace(plain.toString());
    }

    /** The distinct sentences in first-seen order (one sentence may hold several pairs). */
    public List<String> sentences() {
        return List.copyOf(new LinkedHashSet<>(pairs.stream().map(ChemProtPair::sentence).toList()));
    }

    /** {@code chemprot-NNN.txt}: 200 sentences each, separated by blank lines, ending in a newline. */
    public List<RelationText> texts() {
        List<String> sentences = sentences();
        List<RelationText> texts = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k += SENTENCES_PER_FILE) {
            List<String> chunk = sentences.subList(k, Math.min(sentences.size(), k + SENTENCES_PER_FILE));
            texts.add(new RelationText(String.format(Locale.ROOT, "chemprot-%03d.txt", k / SENTENCES_PER_FILE),
                    String.join("\n\n", chunk) + "\n"));
        }
        return texts;
    }
}
