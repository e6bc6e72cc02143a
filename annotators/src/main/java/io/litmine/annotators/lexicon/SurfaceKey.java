package io.litmine.annotators.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which a surface string is looked up. Spaces and hyphens are dropped so that
 * {@code p27 kip1}, {@code p27kip1}, {@code HER-2}, {@code TGF- α} and {@code IGF-1R} meet their
 * compact synonyms whatever the tokeniser or a PDF converter did to them; NFKC folds the
 * mathematical-italic Greek of PDF text ({@code 𝛼}) into plain Greek. Slashes are kept, since
 * {@code HER2/neu} is one name but {@code PI3K/Akt} is two.
 */
public final class SurfaceKey {

    private SurfaceKey() {
    }

    public static String compact(String surface) {
        if (plainAscii(surface)) {
            return surface;
        }
        String nfkc = Normalizer.normalize(surface, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length() + 8);
        nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !isHyphen(cp)).forEach(cp -> {
            String spelled = greekName(cp);
            if (spelled == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(spelled);
            }
        });
        return out.toString();
    }

    /**
     * Greek letters are spelled out so that {@code TGF-α}, {@code TGFα} and {@code TGF-alpha}, or
     * {@code NF-κB} and {@code NF-kappaB}, share one key; lexicons need list only one spelling.
     */
    static String greekName(int cp) {
        int lower = Character.toLowerCase(cp);
        if (lower < '\u03b1' || lower > '\u03c9') {
            return null;
        }
        return GREEK[lower - '\u03b1'];
    }

    /** Whether a Greek letter's spelled name of three or more letters ends or starts at {@code p} of a compact key ("NFkappa|B"; not "pi", which starts "PI3"). */
    static boolean greekNameAt(CharSequence key, int p) {
        String before = key.subSequence(0, p).toString().toLowerCase(Locale.ROOT);
        String after = key.subSequence(p, key.length()).toString().toLowerCase(Locale.ROOT);
        for (String name : GREEK) {
            if (name.length() > 2 && (before.endsWith(name) || after.startsWith(name))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] GREEK = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};

    /**
     * Short symbols are matched with their exact case, so that {@code ER}, {@code PR}, {@code AR},
     * {@code HERs} or {@code Snail} never fire on the English words "er", "pr", "hers", "snail".
     * Longer or digit-bearing names ({@code HER2}, {@code trastuzumab}) are case-insensitive.
     */
    public static boolean caseSensitive(String compactKey) {
        int length = compactKey.codePointCount(0, compactKey.length());
        if (length <= 3) {
            return true;
        }
        if (length > 5) {
            return false;
        }
        for (int k = 0; k < compactKey.length(); k++) {
            if (Character.isDigit(compactKey.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters and digits only: already its own compact form (the common case, kept cheap). */
    private static boolean plainAscii(String surface) {
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalised letters-and-digits form with a digit ({@code Sp1}, {@code Cdk2}): the case
     * variant of an upper-case symbol, never an English word.
     */
    static boolean symbolLike(String compactKey) {
        return compactKey.length() >= 2 && Character.isUpperCase(compactKey.charAt(0))
                && compactKey.chars().anyMatch(Character::isDigit)
                && compactKey.chars().allMatch(Character::isLetterOrDigit);
    }

    public static String fold(String compactKey) {
        return compactKey.toLowerCase(Locale.ROOT);
    }

    /**
     * True when a mention's surface is its entry's own name ("ERBB2", "PTEN"), not one of the entry's
     * other synonyms ("HER2", "S1P" for MBTPS1), which are far more often other things.
     */
    public static boolean isOwnName(String surface, String name) {
        return fold(compact(surface)).equals(fold(compact(name)));
    }

    static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013';
    }

    /** Characters that may sit between the words of one name: space, hyphen, slash. */
    static boolean isJoiner(int cp) {
        return Character.isWhitespace(cp) || isHyphen(cp) || cp == '/';
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
