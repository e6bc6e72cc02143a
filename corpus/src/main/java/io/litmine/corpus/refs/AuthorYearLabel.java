package io.litmine.corpus.refs;

import io.litmine.corpus.model.Reference;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author–year name of a reference, "Slamon 2001" or "Smith 2019a": how an author–year paper cites
 * it, so it is the label of an unnumbered list's entries and the key callouts are resolved by.
 */
public final class AuthorYearLabel {

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?-?){1,4}|(?:\\p{Lu}\\.\\s?)+");

    private AuthorYearLabel() {
    }

    /** "Slamon 2001" (with the list's letter, "Smith 2019a"), or empty without a first author or year. */
    public static Optional<String> of(Reference reference) {
        if (reference.authors().isEmpty() || reference.year() == null) {
            return Optional.empty();
        }
        String surname = surname(reference.authors().get(0));
        if (surname.isEmpty()) {
            return Optional.empty();
        }
        Matcher letter = Pattern.compile("\\b" + reference.year() + "([a-z])\\b").matcher(reference.raw());
        return Optional.of(surname + " " + reference.year() + (letter.find() ? letter.group(1) : ""));
    }

    /**
     * The surname in an author as lists print it: "Slamon DJ", "Slamon, D.J.", "Stafford Jr TW",
     * "van der Berg A" → the words before the initials.
     */
    public static String surname(String author) {
        String a = author.strip();
        int comma = a.indexOf(',');
        if (comma > 0) {
            return a.substring(0, comma).strip();
        }
        String[] tokens = a.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            boolean initials = i > 0 && INITIALS.matcher(tokens[i]).matches();
            if (initials || (i > 0 && tokens[i].matches("Jr\\.?|Sr\\.?|I{1,3}"))) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(tokens[i]);
        }
        return out.toString();
    }

    /** The form names are compared in: accents, case, spaces and punctuation dropped ("Molnár" = "molnar"). */
    public static String key(String surname) {
        return Normalizer.normalize(surname, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
