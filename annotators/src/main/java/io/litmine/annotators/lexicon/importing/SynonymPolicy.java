package io.litmine.annotators.lexicon.importing;

import io.litmine.annotators.lexicon.SurfaceKey;
import io.litmine.corpus.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The rules that keep the full HGNC and DrugBank vocabularies from tagging English. HGNC alone
 * lists thousands of aliases that are words or lab abbreviations ("CAT", "SET", "MAX", "PC",
 * "impact"); matched blindly they would swamp the real genes. Per synonym, before conflicts:
 * <ul>
 *   <li>unmatchable forms (commas, brackets, apostrophes: the matcher joins words only by spaces,
 *   hyphens and one slash) and names longer than {@link #MAX_WORDS} words are dropped: they cost
 *   memory and never fire;</li>
 *   <li>synonyms on the stop list ({@code gene-stopwords.txt}/{@code drug-stopwords.txt}, compared
 *   case-insensitively) are dropped; an approved gene symbol on it is kept behind a gene-context
 *   guard instead, since it still names its gene in a sentence about genes;</li>
 *   <li>gene aliases and previous symbols of at most {@link #GUARDED_LENGTH} characters, and
 *   all-letter aliases written in lower case (word-like: "tube", "Hair"), need gene context.</li>
 * </ul>
 */
final class SynonymPolicy {

    static final int MAX_WORDS = 8;
    static final int GUARDED_LENGTH = 3;

    private final EntityType type;
    private final Set<String> stopWords;

    SynonymPolicy(EntityType type) {
        this.type = type;
        this.stopWords = load(type == EntityType.GENE ? "gene-stopwords.txt" : "drug-stopwords.txt");
    }

    Verdict judge(Candidate candidate) {
        String synonym = candidate.synonym();
        if (!matchable(synonym)) {
            return Verdict.DROP_UNMATCHABLE;
        }
        String key = SurfaceKey.compact(synonym);
        if (key.length() < 2 || key.chars().allMatch(Character::isDigit) || words(synonym) > MAX_WORDS) {
            return key.length() < 2 || key.chars().allMatch(Character::isDigit) ? Verdict.DROP_UNMATCHABLE : Verdict.DROP_TOO_LONG;
        }
        boolean stop = stopWords.contains(SurfaceKey.fold(key));
        if (type == EntityType.DRUG) {
            return stop ? Verdict.DROP_STOP_WORD : Verdict.KEEP;
        }
        if (stop) {
            return candidate.tier() == Tier.APPROVED ? Verdict.GUARD : Verdict.DROP_STOP_WORD;
        }
        if (candidate.tier() == Tier.PREVIOUS || candidate.tier() == Tier.ALIAS) {
            if (key.length() <= GUARDED_LENGTH || wordLike(key)) {
                return Verdict.GUARD;
            }
        }
        return Verdict.KEEP;
    }

    /** Letters only with a lower-case letter after the first: reads as a word, not a symbol. */
    private static boolean wordLike(String key) {
        return key.chars().allMatch(Character::isLetter) && key.length() <= 6
                && key.substring(1).chars().anyMatch(Character::isLowerCase);
    }

    /** Only letters, digits, spaces, hyphens and at most one slash can be matched. */
    private static boolean matchable(String synonym) {
        int slashes = 0;
        for (int i = 0; i < synonym.length(); ) {
            int cp = synonym.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '/') {
                slashes++;
            } else if (!Character.isLetterOrDigit(cp) && cp != ' ' && cp != '-') {
                return false;
            }
        }
        return slashes <= 1;
    }

    private static int words(String synonym) {
        return synonym.strip().split("[\\s-]+").length;
    }

    private static Set<String> load(String resource) {
        InputStream in = SynonymPolicy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("stop list not on the classpath: " + resource);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(SurfaceKey.fold(SurfaceKey.compact(word)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
