package io.litmine.annotators.lexicon.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The preferred name of a DrugBank entry: its common name without a product-form qualifier ({@code drug-name-qualifiers.txt}). */
final class DrugNames {

    private static final String FILE = "io/litmine/annotators/lexicon/importing/drug-name-qualifiers.txt";
    private static final Pattern QUALIFIER = read();

    private DrugNames() {
    }

    static String preferred(String commonName) {
        String stripped = QUALIFIER.matcher(commonName).replaceFirst("").strip();
        return stripped.isEmpty() ? commonName : stripped;
    }

    private static Pattern read() {
        List<String> alternatives = new ArrayList<>();
        try (InputStream in = DrugNames.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    alternatives.add("(?:" + line.strip() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return Pattern.compile("(?i)(?:" + String.join("|", alternatives) + ")$");
    }
}
