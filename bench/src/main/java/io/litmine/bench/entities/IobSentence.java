package io.litmine.bench.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of an IOB file (token, label per line; blank line between sentences; -DOCSTART-
 * skipped), as {@code make_iob_input.py} turns it into text: tokens joined by single spaces, id
 * {@code S000001}... so our figures and the Python scorer's are over the very same input.
 */
public record IobSentence(String id, List<String> tokens, List<String> labels) {

    public String text() {
        return String.join(" ", tokens);
    }

    /** Character start of each token in {@link #text()}. */
    public int[] starts() {
        int[] starts = new int[tokens.size()];
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = pos;
            pos += tokens.get(i).length() + 1;
        }
        return starts;
    }

    /** Gold chunks as {first token, last token + 1}, conlleval-style (IOB1 and IOB2). */
    public List<int[]> chunks() {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : "O";
            String tag = label.contains("-") ? label.substring(0, label.indexOf('-')) : label;
            String t = label.contains("-") ? label.substring(label.indexOf('-') + 1) : "";
            if (start >= 0 && !(tag.equals("I") && t.equals(type))) {
                out.add(new int[] {start, i});
                start = -1;
            }
            if (tag.equals("B") || (tag.equals("I") && start < 0)) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    public static List<IobSentence> read(Path file) throws IOException {
        List<IobSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    sentences.add(new IobSentence(String.format("S%06d", sentences.size() + 1), tokens, labels));
                    tokens = new ArrayList<>();
                    labels = new ArrayList<>();
                }
                continue;
            }
            String[] f = line.contains("\t") ? line.split("\t") : line.split("\\s+");
            tokens.add(f[0]);
            labels.add(f[f.length - 1].strip());
        }
        if (!tokens.isEmpty()) {
            sentences.add(new IobSentence(String.format("S%06d", sentences.size() + 1), tokens, labels));
        }
        return sentences;
    }
}
