package io.litmine.annotators.model;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an IOB training file: {@code token<TAB>label} per line, a blank line between sentences,
 * labels {@code O}, {@code B-TYPE} or {@code I-TYPE} of one entity type ({@code -DOCSTART-} lines
 * are skipped). Anything else is refused with the file, line and reason, so that a wrong file
 * never reaches the (long) training run. Labels are folded to {@link MentionModel#B}, {@link MentionModel#I}
 * and {@link MentionModel#O}: the model does not care what the file called its type.
 */
public final class IobReader {

    private static final Pattern LABEL = Pattern.compile("O|[BI]-[A-Za-z][\\w.-]*");

    private IobReader() {
    }

    public static List<List<CoreLabel>> read(Path file) throws ModelException {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        List<CoreLabel> sentence = new ArrayList<>();
        String type = null;
        int entities = 0;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    flush(sentence, sentences);
                    sentence = new ArrayList<>();
                    continue;
                }
                if (line.startsWith("-DOCSTART-")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2 || cols[0].isBlank() || !LABEL.matcher(cols[1].strip()).matches()) {
                    throw bad(file, lineNo, "expected token<TAB>label with label O, B-TYPE or I-TYPE, got \""
                            + abbreviate(line) + "\"");
                }
                String label = cols[1].strip();
                if (!label.equals(MentionModel.O)) {
                    String t = label.substring(2);
                    if (type == null) {
                        type = t;
                    } else if (!type.equals(t)) {
                        throw bad(file, lineNo, "a model is trained on one entity type; found " + type + " and " + t);
                    }
                }
                if (label.startsWith("B-")) {
                    entities++;
                }
                sentence.add(token(cols[0].strip(), label.equals(MentionModel.O) ? MentionModel.O : label.substring(0, 1)));
            }
        } catch (CharacterCodingException e) {
            throw new ModelException(file + " is not UTF-8 text (line " + (lineNo + 1) + ")", e);
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
        flush(sentence, sentences);
        if (sentences.isEmpty() || entities == 0) {
            throw new ModelException(file + " holds no " + (sentences.isEmpty() ? "sentences" : "B- labelled entities")
                    + ": not an IOB training file");
        }
        return sentences;
    }

    private static CoreLabel token(String word, String label) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.set(CoreAnnotations.AnswerAnnotation.class, label);
        token.set(CoreAnnotations.GoldAnswerAnnotation.class, label);
        return token;
    }

    private static void flush(List<CoreLabel> sentence, List<List<CoreLabel>> sentences) {
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }

    private static ModelException bad(Path file, int line, String why) {
        return new ModelException(file + " line " + line + ": " + why);
    }

    private static String abbreviate(String line) {
        String shown = line.replace("\t", "\\t");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }
}
