package io.litmine.index.write;

import io.litmine.corpus.model.Paper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Which work a paper is, whatever file it came from: the same review as .md and as .pdf, or a
 * paper downloaded twice, must count once. A paper's keys — any one shared means the same work:
 * <ul>
 *   <li>{@code doi:} its DOI, lower-cased;</li>
 *   <li>{@code pmid:} and {@code pmcid:} its PubMed and PubMed Central ids;</li>
 *   <li>{@code work:} its normalised title (at least {@value #MIN_TITLE_WORDS} words), first author's
 *       surname and year, when all three are known;</li>
 *   <li>{@code text:} a digest of its body's words (letters and digits, lower-cased), for bodies of at
 *       least {@value #MIN_FINGERPRINT_CHARS} characters: the same text under another name.</li>
 * </ul>
 * Of two copies the richer is kept ({@link #rank}): more parsed references, then a DOI, then the
 * format that carries most structure (JATS, then HTML and DOCX, then Markdown and text, then PDF).
 */
final class WorkIdentity {

    static final int MIN_TITLE_WORDS = 4;
    static final int MIN_FINGERPRINT_CHARS = 1000;

    private WorkIdentity() {
    }

    static List<String> keys(Paper paper) {
        List<String> keys = new ArrayList<>(5);
        if (paper.doi() != null && !paper.doi().isBlank()) {
            keys.add("doi:" + paper.doi().strip().toLowerCase(Locale.ROOT));
        }
        if (paper.publication().pmid() != null) {
            keys.add("pmid:" + paper.publication().pmid());
        }
        if (paper.publication().pmcid() != null) {
            keys.add("pmcid:" + paper.publication().pmcid());
        }
        String title = words(paper.title());
        String surname = paper.authors().isEmpty() ? "" : surname(paper.authors().get(0));
        if (title.split(" ").length >= MIN_TITLE_WORDS && !surname.isEmpty() && paper.year() != null) {
            keys.add("work:" + title + "|" + surname + "|" + paper.year());
        }
        if (paper.body().length() >= MIN_FINGERPRINT_CHARS) {
            keys.add("text:" + digest(words(paper.body())));
        }
        return keys;
    }

    /** Larger is richer: references first, then a DOI, then the source's format. */
    static long rank(Paper paper) {
        return paper.references().size() * 100L + (paper.doi() == null ? 0 : 10) + formatRank(paper.source());
    }

    private static int formatRank(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".nxml")) {
            return 4;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".docx")) {
            return 3;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
            return 2;
        }
        return 1;
    }

    /** "Nagata Y" and "Yoichi Nagata" alike: the longest word, lower-cased, without accents. */
    private static String surname(String author) {
        String longest = "";
        for (String w : words(author).split(" ")) {
            if (w.length() > longest.length()) {
                longest = w;
            }
        }
        return longest;
    }

    /** Letters and digits only, accents dropped, lower case, single spaces. */
    static String words(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
