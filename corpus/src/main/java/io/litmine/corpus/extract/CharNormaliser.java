package io.litmine.corpus.extract;

import java.text.Normalizer;

/**
 * Character-level normalisation. Full NFKC would also flatten superscripts, the micro sign and other
 * symbols a reader may search for, so compatibility decomposition is applied only to the ranges that
 * PDF and converter output actually pollute: ligatures (ﬁ), mathematical alphanumerics (equation
 * fonts; their Greek is left to {@link MarkupStripper}) and full-width forms. Invisible characters are
 * dropped and exotic spaces and apostrophes are made plain so the same sentence matches across formats.
 */
public final class CharNormaliser {

    private CharNormaliser() {
    }

    public static String normalise(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    private static void append(StringBuilder out, int cp) {
        if (isInvisible(cp)) {
            return;
        }
        if (cp == '\r') {
            out.append('\n');
        } else if (cp == '\t' || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000) {
            out.append(' ');
        } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
            out.append('\'');
        } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x000C || cp == 0x000B) {
            out.append('\n');
        } else if (needsCompatibility(cp)) {
            out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
        } else {
            out.appendCodePoint(cp);
        }
    }

    private static boolean needsCompatibility(int cp) {
        return (cp >= 0xFB00 && cp <= 0xFB06)          // Latin ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
                || (cp >= 0x1D400 && cp <= 0x1D7FF && !isMathGreek(cp)) // mathematical alphanumerics
                || (cp >= 0xFF01 && cp <= 0xFF5E);     // full-width ASCII
    }

    /**
     * Mathematical Greek (𝛼 U+1D6FC) is what a PDF shows for LaTeX {@code $\alpha$}; it is left for
     * {@link MarkupStripper}, which applies the same spacing rule to both ("TGF 𝛼" → "TGF-α").
     */
    static boolean isMathGreek(int cp) {
        return cp >= 0x1D6A8 && cp <= 0x1D7C9;
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x00AD                            // soft hyphen: a line-break hint, never content
                || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || (Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t'
                        && cp != 0x000B && cp != 0x000C);
    }
}
