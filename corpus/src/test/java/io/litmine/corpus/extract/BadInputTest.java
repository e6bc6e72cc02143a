package io.litmine.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/** Every kind of bad input gives one clear reason, quickly, and never reads outside the input. */
class BadInputTest {

    private final PaperExtractor extractor = new PaperExtractor();

    @TempDir
    Path dir;

    @Test
    void encryptedPdf() throws IOException {
        byte[] pdf;
        try (PDDocument doc = textPdf("Trastuzumab binds HER2 and blocks its signalling.")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            pdf = save(doc);
        }
        assertReason("locked.pdf", pdf, "the document is encrypted (password protected)");
    }

    @Test
    void scannedPdfWithoutTextLayer() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 500);
            }
            assertReason("scan.pdf", save(doc), "no text layer: the PDF holds only images (a scan?), and litmine does not run OCR");
        }
    }

    @Test
    void truncatedPdf() throws IOException {
        byte[] pdf;
        try (PDDocument doc = textPdf("Lapatinib inhibits EGFR and HER2 kinase activity in resistant cells.")) {
            pdf = save(doc);
        }
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> extractor.extract("cut.pdf", truncated))
                .isInstanceOf(ExtractionException.class)
                .message().matches("not a readable PDF: .+|no text layer: .+");
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertThatThrownBy(() -> extractor.extract(empty)).isInstanceOf(ExtractionException.class).hasMessage("empty file");
    }

    @Test
    void wrongExtensionIsReadByContentOrRefusedByType() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        assertReason("figure.pdf", png.toByteArray(), "unsupported file type image/png (the name says .pdf)");

        byte[] pdf;
        try (PDDocument doc = textPdf("Pertuzumab blocks HER2 dimerisation.")) {
            pdf = save(doc);
        }
        assertThat(extractor.extract("paper.txt", pdf).text()).contains("Pertuzumab blocks HER2 dimerisation.");
    }

    @Test
    void fileOverTheSizeLimitIsNeverRead() throws Exception {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: no 200 MB written or read
        }
        assertThatThrownBy(() -> extractor.extract(big)).isInstanceOf(ExtractionException.class)
                .hasMessage("file too large: 200 MB exceeds the limit of 100 MB (--max-file-mb)");
    }

    @Test
    void zipBombDocxIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            put(out, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(out, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 16; i++) { // 16 MB of text from a ~16 KB entry
                out.write(block);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(1024 * 1024);
        PaperExtractor small = new PaperExtractor(new ExtractionLimits(ExtractionLimits.DEFAULT_MAX_BYTES,
                Duration.ofSeconds(60), 5_000_000));
        assertThatThrownBy(() -> small.extract("bomb.docx", zip.toByteArray())).isInstanceOf(ExtractionException.class)
                .message().matches("refused: a decompression bomb \\(Suspected zip bomb: .*\\)|the text exceeds 5000000 characters .*");
    }

    @Test
    void xmlWithExternalEntityIsRefusedBeforeParsing() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<article><body><p>Trastuzumab binds HER2. &xxe;</p></body></article>";
        assertReason("xxe.xml", xml.getBytes(StandardCharsets.UTF_8),
                "refused: the XML declares an external entity (XXE), which could read files outside the input");
    }

    @Test
    void parseThatNeverEndsTimesOut() {
        Parser hangs = new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        PaperExtractor impatient = new PaperExtractor(ExtractionLimits.defaults().with(1024, Duration.ofSeconds(1)), hangs);
        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.extract("slow.txt", "Some text.".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExtractionException.class).hasMessage("extraction timed out after 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private void assertReason(String name, byte[] bytes, String reason) {
        assertThatThrownBy(() -> extractor.extract(name, bytes)).isInstanceOf(ExtractionException.class).hasMessage(reason);
    }

    private static PDDocument textPdf(String sentence) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(72, 700);
            content.showText(sentence);
            content.endText();
        }
        return doc;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static void put(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
