package io.litmine.annotators.lexicon;

import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations a document defines for a name it tagged: "dopamine (DA)", "doxorubicin (DOX)".
 * Papers coin such short forms freely and no lexicon lists them, so after the dictionary pass the
 * definition's short form is tagged, with the long form's identity, wherever the document uses it
 * as a whole token. A short form counts only when its letters occur in order in the long form and
 * it starts with the long form's first letter (Schwartz and Hearst's test, simplified).
 */
final class Abbreviations {

    private static final Pattern DEFINITION = Pattern.compile("\\s*\\(\\s*([A-Za-z][A-Za-z0-9-]{1,9})\\s*\\)");

    private Abbreviations() {
    }

    /** Adds the uses of defined abbreviations to each sentence's mentions (lists are replaced, kept sorted). */
    static void extend(String text, List<List<Span>> tokens, List<List<Mention>> mentions) {
        Map<String, Mention> defined = new HashMap<>();
        for (List<Mention> sentence : mentions) {
            for (Mention m : sentence) {
                Matcher def = DEFINITION.matcher(text).region(m.end(), text.length());
                if (def.lookingAt() && isAbbreviationOf(def.group(1), m.text()) && !unnamed(m)) {
                    defined.putIfAbsent(def.group(1), m);
                }
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        for (int s = 0; s < tokens.size(); s++) {
            List<Mention> found = new ArrayList<>(mentions.get(s));
            for (Span token : tokens.get(s)) {
                Mention longForm = defined.get(text.substring(token.start(), token.end()));
                // A learned model may have found the short form already without naming it: the
                // definition names it.
                if (longForm != null) {
                    found.removeIf(m -> unnamed(m) && m.start() == token.start() && m.end() == token.end());
                }
                if (longForm != null && found.stream().noneMatch(m -> m.start() < token.end() && m.end() > token.start())) {
                    found.add(new Mention(text.substring(token.start(), token.end()), token.start(), token.end(),
                            longForm.type(), longForm.name(), longForm.id()));
                }
            }
            found.sort(Comparator.comparingInt(Mention::start));
            mentions.set(s, found);
        }
    }

    private static boolean unnamed(Mention m) {
        return CompoundCodes.NO_ID.equals(m.id());
    }

    static boolean isAbbreviationOf(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(Locale.ROOT).replace("-", "");
        String l = longForm.toLowerCase(Locale.ROOT);
        if (s.length() >= l.replace(" ", "").length() || s.chars().noneMatch(Character::isLetter)
                || shortForm.chars().noneMatch(Character::isUpperCase) || s.charAt(0) != l.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : s.toCharArray()) {
            at = l.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
