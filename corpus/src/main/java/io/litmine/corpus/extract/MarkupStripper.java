package io.litmine.corpus.extract;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes inline markup, one line at a time: Markdown syntax (only for Markdown input) and the LaTeX
 * Greek that PDF-to-Markdown converters leave behind ({@code $\alpha$}) for every format. Users search
 * "TGF-α", never "TGF $\alpha$", and the gold sentences are written without markup.
 */
final class MarkupStripper {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    /** Horizontal rules and decorative separators such as {@code \*\*\*\*\*} or {@code ---}. */
    private static final Pattern RULE = Pattern.compile("^[\\s*\\\\_=~-]{3,}$");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$|>~<\"'&^%=])");
    private static final char ESCAPED_STAR = '\uE000';
    /** Inline LaTeX commands ({@code $\\gamma\\delta$}), or a run of mathematical Greek as PDFs render them. */
    private static final Pattern LATEX =
            Pattern.compile("([ \\t]*)(?:\\$\\s*((?:\\\\[A-Za-z]+\\s*)+)\\$|([\\x{1D6A8}-\\x{1D7C9}]+))");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
    private static final Pattern UPPER_TOKEN = Pattern.compile("[A-Z0-9/]*[A-Z][A-Z0-9/]*");

    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"));
    private static final Map<String, String> SYMBOLS = Map.of(
            "times", "×", "pm", "±", "geq", "≥", "ge", "≥", "leq", "≤", "le", "≤", "sim", "~",
            "approx", "≈", "rightarrow", "→", "cdot", "·");

    /** A stripped line, and whether Markdown marked it as a heading (it must then stay its own paragraph). */
    record Line(String text, boolean heading) {
    }

    private MarkupStripper() {
    }

    static Line strip(String line, DocumentFormat format) {
        String text = latexToUnicode(line);
        if (RULE.matcher(text).matches()) {
            return new Line("", false);
        }
        if (format != DocumentFormat.MARKDOWN) {
            return new Line(text, false);
        }
        Matcher heading = HEADING.matcher(text);
        boolean isHeading = heading.matches();
        if (isHeading) {
            text = heading.group(1);
        }
        return new Line(stripInlineMarkdown(text), isHeading);
    }

    static String stripInlineMarkdown(String line) {
        // Escaped stars must survive emphasis removal as literal stars: park them on a private-use char.
        String text = line.replace("\\*", String.valueOf(ESCAPED_STAR));
        text = IMAGE_OR_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = AUTOLINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        text = EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return text.replace(ESCAPED_STAR, '*');
    }

    /**
     * {@code $\alpha$} → α. A Greek letter set apart from an upper-case symbol is its suffix ("TGF $\alpha$"
     * → "TGF-α"); after a lower-case word it stays a separate word ("factor $\alpha$" → "factor α").
     */
    static String latexToUnicode(String line) {
        if (line.indexOf('$') < 0 && line.codePoints().noneMatch(CharNormaliser::isMathGreek)) {
            return line;
        }
        Matcher m = LATEX.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        while (m.find()) {
            String symbols = m.group(3) != null
                    ? Normalizer.normalize(m.group(3), Normalizer.Form.NFKC)
                    : translate(m.group(2));
            out.append(line, last, m.start());
            last = m.end();
            if (symbols == null) {
                out.append(line, m.start(), m.end());
                continue;
            }
            boolean spaced = !m.group(1).isEmpty();
            boolean greek = symbols.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK);
            String previous = previousToken(out);
            if (previous.endsWith("-")) {
                // "TGF- $\alpha$": the converter spaced out a hyphenated name; glue it back.
                out.append(symbols);
                continue;
            }
            if (spaced && greek && UPPER_TOKEN.matcher(previous).matches()) {
                out.append('-');
            } else if (spaced && out.length() > 0) {
                out.append(' ');
            }
            out.append(symbols);
        }
        return out.append(line, last, line.length()).toString();
    }

    private static String translate(String commands) {
        StringBuilder out = new StringBuilder();
        Matcher c = COMMAND.matcher(commands);
        while (c.find()) {
            String symbol = GREEK.getOrDefault(c.group(1), SYMBOLS.get(c.group(1)));
            if (symbol == null) {
                return null; // not something we can render faithfully: leave the LaTeX as written
            }
            out.append(symbol);
        }
        return out.toString();
    }

    /** The token just before the end of {@code out}, without opening brackets ("(TGF" → "TGF"). */
    private static String previousToken(StringBuilder out) {
        int end = out.length();
        int start = end;
        while (start > 0 && !Character.isWhitespace(out.charAt(start - 1))) {
            start--;
        }
        String token = out.substring(start, end);
        return token.replaceFirst("^[(\\[{\"']+", "");
    }
}
