package io.litmine.annotators.lexicon.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a delimited text table (TSV or CSV, gzip accepted) into rows of fields: double quotes
 * protect delimiters and are removed, a quoted field may not span lines (neither HGNC nor DrugBank
 * writes such fields), a trailing CR is dropped.
 */
final class TableReader {

    private TableReader() {
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    static List<String> split(String line, char delimiter) {
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Values of a multi-valued field: HGNC joins them with '|', DrugBank with " | ". */
    static List<String> values(String field) {
        List<String> out = new ArrayList<>();
        for (String value : field.split("\\|")) {
            String v = value.strip();
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    /** Index of each required column in a header row, or an exception naming the missing ones. */
    static int[] columns(List<String> header, List<String> required, String what, Path file) throws LexiconImportException {
        int[] at = new int[required.size()];
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < required.size(); k++) {
            at[k] = header.indexOf(required.get(k));
            if (at[k] < 0) {
                missing.add(required.get(k));
            }
        }
        if (!missing.isEmpty()) {
            throw new LexiconImportException(file + " is not " + what + ": its header lacks the column(s) "
                    + String.join(", ", missing));
        }
        return at;
    }
}
