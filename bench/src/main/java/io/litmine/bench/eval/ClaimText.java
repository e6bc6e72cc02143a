package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.litmine.bench.relations.ScorerText;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value rules of {@code ../shared/tools/evalutil.py} that score_claims.py applies to gold and
 * predicted JSON values, kept character for character so both scorers see the same tokens, names,
 * identifiers and booleans: {@code norm_text}/{@code tokens}/{@code squash}, {@code norm_id},
 * {@code id_set}, {@code as_bool}, {@code as_int}, {@code label_key}, and Python's {@code str(x)} and
 * {@code str(x or "")} of a JSON value (the scripts call them on whatever the JSON holds).
 */
public final class ClaimText {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern NUMBER_LABEL = Pattern.compile("\\s*[\\[(]?\\s*(\\d+)\\s*[.)\\]]?\\s*", FLAGS);
    private static final Pattern NAMESPACE = Pattern.compile(
            "^(mesh|ncbi\\s*gene|entrez\\s*gene|entrez|gene\\s*id|gene|drugbank)\\s*:\\s*",
            FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ID_SEPARATOR = Pattern.compile("[|;,]");
    private static final Set<String> NO_ID = Set.of("", "-1", "-", "none", "null");
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "1", "y");

    private ClaimText() {
    }

    /** {@code evalutil.tokens}: NFKC, lower case, each Greek letter replaced by its name, runs of letters and digits. */
    public static List<String> tokens(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (cp >= 0x0370 && cp <= 0x03ff) {
                // evalutil puts " name " in place of the letter: the name is a token of its own.
                flush(word, out);
                String name = Character.getName(cp);
                if (name != null) {
                    String[] words = name.split(" ");
                    words[words.length - 1].toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
                        if (isWordChar(c)) {
                            word.appendCodePoint(c);
                        } else {
                            flush(word, out);
                        }
                    });
                    flush(word, out);
                }
            } else if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, out);
            }
        });
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** What Python's {@code [^\W_]} matches: letters and every kind of number (str.isalnum). */
    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code evalutil.squash}. */
    public static String squash(String s) {
        return String.join("", tokens(s));
    }

    /** {@code squash(x)} of a JSON value ({@code norm_text} reads {@code str(x or "")}). */
    public static String squash(JsonNode v) {
        return squash(orEmpty(v));
    }

    public static List<String> tokens(JsonNode v) {
        return tokens(orEmpty(v));
    }

    /** {@code " ".join(tokens(x))}: score_claims.heading_key. */
    public static String headingKey(String s) {
        return String.join(" ", tokens(s));
    }

    /** {@code evalutil.norm_id}: no MeSH / NCBI Gene / DrugBank prefix, lower case; other namespaces stay. */
    public static String normId(String ident) {
        return NAMESPACE.matcher(ScorerText.strip(ident)).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    /** {@code evalutil.id_set}: the normalised identifiers in "D1|D2", "D1;D2" or "D1,D2". */
    public static Set<String> idSet(JsonNode ident) {
        Set<String> out = new LinkedHashSet<>();
        if (ident == null || ident.isNull() || ident.isMissingNode()) {
            return out;
        }
        for (String part : ID_SEPARATOR.split(str(ident), -1)) {
            out.add(normId(part));
        }
        out.removeAll(NO_ID);
        return out;
    }

    /** {@code evalutil.as_bool}. */
    public static boolean asBool(JsonNode v) {
        if (v != null && v.isTextual()) {
            return TRUE_WORDS.contains(ScorerText.strip(v.asText()).toLowerCase(Locale.ROOT));
        }
        return truthy(v);
    }

    /** {@code evalutil.as_int}: an integer or a string of digits, else null. */
    public static BigInteger asInt(JsonNode v) {
        if (v == null || v.isBoolean()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isTextual()) {
            String s = ScorerText.strip(v.asText());
            return ScorerText.isDigits(s) ? digits(s) : null;
        }
        return null;
    }

    /** {@code evalutil.label_key}: an int when the label is a number ("12", "[12]", "12."), else squashed text. */
    public static Object labelKey(JsonNode v) {
        if (v.isBoolean()) {
            return str(v);
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        String s = str(v);
        Matcher m = NUMBER_LABEL.matcher(s);
        return m.matches() ? digits(m.group(1)) : squash(s);
    }

    /** Python's {@code int()} of a string of (possibly non-ASCII) decimal digits. */
    private static BigInteger digits(String s) {
        StringBuilder ascii = new StringBuilder();
        s.codePoints().forEach(cp -> ascii.append(Character.forDigit(Character.digit(cp, 10), 10)));
        return new BigInteger(ascii.toString());
    }

    /** Python's truth value of a JSON value. */
    public static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** Python's {@code str(x or "")}. */
    public static String orEmpty(JsonNode v) {
        return truthy(v) ? str(v) : "";
    }

    /**
     * Python's {@code str(x)} of a JSON scalar ("None", "True", "False", the number, the text). Containers
     * get Jackson's JSON text, not Python's repr: no scorer rule depends on the text of a list or object.
     */
    public static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        return v.toString();
    }
}
