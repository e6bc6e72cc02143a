package io.litmine.annotators.model;

import io.litmine.corpus.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a model's span may add around one lexicon name without changing which entity it is,
 * per entity type, from {@code genes-generic-words.txt} / {@code chemicals-generic-words.txt}
 * beside the shipped models (one word per line, {@code #} comments).
 */
final class GenericWords {

    private GenericWords() {
    }

    static Set<String> of(EntityType type) {
        return read((type == EntityType.GENE ? "genes" : "chemicals") + "-generic-words.txt");
    }

    /** The words of a one-word-per-line list beside the shipped models. */
    static Set<String> read(String file) {
        try (InputStream in = GenericWords.class.getResourceAsStream(MentionModel.BUILT_IN_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MentionModel.BUILT_IN_FOLDER + file);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
