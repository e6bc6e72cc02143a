package io.litmine.annotators.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The lines of a tab-separated rule file ({@code mechanism-taxonomy.tsv}, {@code evidence-cues.tsv}):
 * blank lines and {@code #} comments skipped, each other line split into a fixed number of fields and
 * kept with its line number, so that whoever reads a field can name {@code file:line} when it is wrong.
 */
final class RuleFile {

    /** One rule line: its fields, stripped, and where it came from. */
    record Line(String source, int number, List<String> fields) {

        String field(int i) {
            return fields.get(i);
        }

        TaxonomyException error(String reason) {
            return TaxonomyException.at(source, number, reason);
        }

        /**
         * A field of regex alternatives as a whole-word, case-insensitive pattern; the word
         * boundaries keep "NK" out of "link" and "mask" out of "damask".
         */
        Pattern words(int i) {
            try {
                // Alone first, so that the error's index is the field's and "a)|(b" cannot escape the group.
                Pattern.compile(field(i));
            } catch (PatternSyntaxException e) {
                throw error("bad regex '" + field(i) + "': " + e.getDescription() + " near index " + e.getIndex());
            }
            return Pattern.compile("\\b(?:" + field(i) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    private RuleFile() {
    }

    /** A file's content lines and how many lines it has in all. */
    private record Content(List<Line> lines, int count) {
    }

    static List<Line> fromResource(Class<?> owner, String name, String... columns) {
        return checked(content(owner, name), name, columns);
    }

    /** The content lines of a resource beside {@code owner}, each split on tabs, any number of fields. */
    static List<Line> lines(Class<?> owner, String name) {
        return content(owner, name).lines();
    }

    private static Content content(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new TaxonomyException("resource missing from the jar: " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return content(r, name);
        } catch (IOException e) {
            throw new TaxonomyException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    static List<Line> fromFile(Path file, String... columns) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), columns);
        } catch (IOException e) {
            throw new TaxonomyException("cannot read " + file + ": " + e, e);
        }
    }

    /** The rule lines, each with exactly {@code columns.length} non-empty fields. */
    static List<Line> read(BufferedReader reader, String source, String... columns) throws IOException {
        return checked(content(reader, source), source, columns);
    }

    private static Content content(BufferedReader reader, String source) throws IOException {
        List<Line> lines = new ArrayList<>();
        String text;
        int n = 0;
        while ((text = reader.readLine()) != null) {
            n++;
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : text.split("\t", -1)) {
                fields.add(f.strip());
            }
            lines.add(new Line(source, n, List.copyOf(fields)));
        }
        return new Content(lines, n);
    }

    private static List<Line> checked(Content content, String source, String... columns) {
        List<Line> lines = content.lines();
        for (Line line : lines) {
            if (line.fields().size() != columns.length) {
                throw line.error("expected " + columns.length + " tab-separated fields ("
                        + String.join(", ", columns) + "), found " + line.fields().size());
            }
            int empty = line.fields().indexOf("");
            if (empty >= 0) {
                throw line.error("empty " + columns[empty] + " field");
            }
        }
        if (lines.isEmpty()) {
            throw TaxonomyException.at(source, Math.max(1, content.count()), "no rule lines, only comments and blank lines");
        }
        return lines;
    }
}
