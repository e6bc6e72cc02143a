package io.litmine.index.search;

import org.apache.lucene.search.highlight.Encoder;

/**
 * Escapes exactly the characters HTML needs escaped. Lucene's SimpleHTMLEncoder also escapes
 * {@code /}, turning every {@code PI3K/Akt} into {@code PI3K&#x2F;Akt} in the JSON a client reads.
 */
final class HtmlEncoder implements Encoder {

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String encodeText(String originalText) {
        return escape(originalText);
    }
}
