package io.litmine.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a sample paper's source text as a real A4 PDF (samples/papers/her2-resistance-review.pdf),
 * so the PDF path of the extractor is tested on a file we wrote and may ship. Input: "# " title,
 * "## " headings, paragraphs separated by blank lines. Lines are justified by word wrapping and long
 * lower-case words are hyphenated at line ends, like a typesetter would, so the cleaner's
 * de-hyphenation is exercised. See samples/README.md for the command.
 */
public final class SamplePdfMaker {

    private static final float MARGIN = 64f;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 1.35f;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PDDocument document;
    private PDPageContentStream content;
    private float y;

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SamplePdfMaker INPUT.txt OUTPUT.pdf");
        }
        String source = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        new SamplePdfMaker().render(source, Path.of(args[1]));
    }

    void render(String source, Path output) throws IOException, NoSuchAlgorithmException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            newPage();
            for (String block : source.strip().split("\\n\\s*\\n")) {
                String text = block.strip().replaceAll("\\s+", " ");
                if (text.startsWith("# ")) {
                    paragraph(text.substring(2), bold, 16f, 10f);
                } else if (text.startsWith("## ")) {
                    paragraph(text.substring(3), bold, 12f, 4f);
                } else {
                    paragraph(text, regular, BODY_SIZE, 6f);
                }
            }
            content.close();
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title(source));
            info.setAuthor("litmine sample corpus");
            doc.setDocumentInformation(info);
            // A fixed file identifier keeps the output byte-identical when regenerated from the same text.
            byte[] id = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(output.toFile());
        }
    }

    private static String title(String source) {
        return source.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst().orElse("");
    }

    private void paragraph(String text, PDType1Font font, float size, float spaceAfter) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String line : wrap(text, font, size, width)) {
            if (y < MARGIN + size) {
                content.close();
                newPage();
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(line);
            content.endText();
            y -= size * LEADING;
        }
        y -= spaceAfter;
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            String[] split = hyphenate(line, word, font, size, width);
            if (split != null) {
                lines.add(split[0]);
                line.setLength(0);
                line.append(split[1]);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Breaks a compound at its own hyphen, or a long lower-case word at the longest prefix that fits. */
    private String[] hyphenate(StringBuilder line, String word, PDType1Font font, float size, float width)
            throws IOException {
        String prefix = line.length() == 0 ? "" : line + " ";
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1
                && width(prefix + word.substring(0, hyphen + 1), font, size) <= width) {
            return new String[] {prefix + word.substring(0, hyphen + 1), word.substring(hyphen + 1)};
        }
        if (word.length() < 9 || !word.replaceAll("[.,;:)]+$", "").matches("\\p{Ll}+")) {
            return null;
        }
        for (int cut = word.length() - 4; cut >= 4; cut--) {
            if (width(prefix + word.substring(0, cut) + "-", font, size) <= width) {
                return new String[] {prefix + word.substring(0, cut) + "-", word.substring(cut)};
            }
        }
        return null;
    }

    private static float width(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
