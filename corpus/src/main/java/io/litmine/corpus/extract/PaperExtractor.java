package io.litmine.corpus.extract;

import io.litmine.corpus.meta.FrontMatter;
import io.litmine.corpus.meta.FrontMatterReader;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.refs.ReferenceListParser;
import io.litmine.corpus.sections.SectionLayout;
import io.litmine.corpus.sections.SectionSplitter;
import io.litmine.corpus.xml.ArticleXmlException;
import io.litmine.corpus.xml.ArticleXmlReader;
import io.litmine.corpus.xml.XmlDialect;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.mime.MediaType;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Extracts a {@link Paper} from a PDF, DOCX, HTML, JATS XML, plain-text or Markdown file: Tika text →
 * {@link TextCleaner} → {@link SectionSplitter} → {@link ReferenceListParser} on the text after the body.
 * Publisher XML (JATS, BMC art; recognised by content) skips Tika: {@link ArticleXmlReader} reads its
 * structure, references and callouts from the markup itself.
 * Every failure is an {@link ExtractionException} with a one-line message, so a batch can record the
 * file as failed and go on. Instances are safe to share between threads.
 */
public final class PaperExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(PaperExtractor.class);
    private static final int ID_HEX_CHARS = 16;
    private static final int MAX_TITLE = 300;
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("(?m)^\\s{0,3}#\\s+(.+?)\\s*#*\\s*$");

    /** Parses run on daemon threads: a parse that ignores interruption after its timeout cannot keep the JVM alive. */
    private static final ExecutorService PARSES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "litmine-extract");
        thread.setDaemon(true);
        return thread;
    });

    private final ExtractionLimits limits;
    private final Parser parser;
    private final Detector detector = new DefaultDetector();
    private final TextCleaner cleaner = new TextCleaner();
    private final SectionSplitter splitter = new SectionSplitter();
    private final ReferenceListParser references = new ReferenceListParser();
    private final ArticleXmlReader articleXml = new ArticleXmlReader();

    public PaperExtractor() {
        this(ExtractionLimits.defaults());
    }

    public PaperExtractor(ExtractionLimits limits) {
        this(limits, new AutoDetectParser());
    }

    /** With another parser: tests use one that never returns, to prove the time limit. */
    PaperExtractor(ExtractionLimits limits, Parser parser) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** The reason given for a file over the size limit, for callers that see the size before reading. */
    public static String tooLarge(long size, ExtractionLimits limits) {
        return InputGuard.tooLarge(size, limits);
    }

    public Paper extract(Path file) throws ExtractionException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            // The size first: a file over the limit is never read into memory.
            InputGuard.checkSize(Files.size(file), limits);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.debug("cannot read {}", file, e);
            throw new ExtractionException("cannot read file: " + e.getMessage(), e);
        }
        return extract(file.toString(), bytes);
    }

    /** Extracts from bytes already read (the Beam pipeline reads files itself); {@code source} names the file. */
    public Paper extract(String source, byte[] bytes) throws ExtractionException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        InputGuard.check(bytes, limits);
        Optional<XmlDialect> dialect = XmlDialect.detect(bytes);
        if (dialect.isPresent()) {
            return fromArticleXml(dialect.get(), source, bytes);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(source));
        checkSupported(bytes, metadata, source);
        String raw = parseWithin(source, bytes, metadata);
        DocumentFormat format = DocumentFormat.detect(metadata.get(Metadata.CONTENT_TYPE), fileName(source));
        String text = cleaner.clean(raw, format);
        if (text.isBlank()) {
            throw new ExtractionException(format == DocumentFormat.PDF
                    ? "no text layer: the PDF holds only images (a scan?), and litmine does not run OCR"
                    : "no text could be extracted");
        }
        SectionLayout layout = splitter.split(text);
        List<Reference> refs = references.parse(text.substring(layout.bodyEnd()));
        FrontMatter front = frontMatter(raw, format, metadata, text);
        LOG.debug("extracted {} as {}: {} chars, {} sections, {} references", source, format, text.length(),
                layout.sections().size(), refs.size());
        return new Paper(paperId(bytes), source, front.title(), front.authors(), front.year(), front.doi(), text,
                layout.sections(), refs, layout.bodyEnd(), List.of(), front.publication());
    }

    /** Refuses what Tika sees as no text document at all (images, archives, binaries), whatever its name says. */
    private void checkSupported(byte[] bytes, Metadata metadata, String source) throws ExtractionException {
        MediaType type;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            type = detector.detect(in, metadata);
        } catch (IOException e) {
            throw new ExtractionException("cannot detect the file type: " + e.getMessage(), e);
        }
        if (!SupportedTypes.isSupported(type)) {
            String name = fileName(source);
            int dot = name.lastIndexOf('.');
            throw new ExtractionException("unsupported file type " + type.getBaseType()
                    + (dot > 0 ? " (the name says " + name.substring(dot) + ")" : ""));
        }
        // A text type may come from the name alone (no magic bytes to go by): binary content under
        // a .html or .md name would otherwise be decoded into pages of garbage and indexed.
        if ("text".equals(type.getType()) && BinaryContent.looksBinary(bytes)) {
            throw new ExtractionException("the file looks like binary data, not " + type.getBaseType() + " text");
        }
    }

    /** Tika on a daemon thread, given up after the time limit: a pathological file must not hang the batch. */
    private String parseWithin(String source, byte[] bytes, Metadata metadata) throws ExtractionException {
        Future<String> parse = PARSES.submit(() -> parse(source, bytes, metadata));
        try {
            return parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionException("extraction timed out after " + limits.timeout().toSeconds() + " s", e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException("extraction interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw new ExtractionException(unreadable(metadata, source) + ": " + causeMessage(e.getCause()), e.getCause());
        }
    }

    private Paper fromArticleXml(XmlDialect dialect, String source, byte[] bytes) throws ExtractionException {
        try {
            Paper paper = articleXml.read(dialect, paperId(bytes), source, bytes);
            LOG.debug("read {} as {}: {} chars, {} sections, {} references, {} callouts", source, dialect,
                    paper.text().length(), paper.sections().size(), paper.references().size(), paper.markedCallouts().size());
            return paper;
        } catch (ArticleXmlException e) {
            LOG.debug("cannot read {} as {}", source, dialect, e);
            throw new ExtractionException(e.getMessage(), e);
        }
    }

    private String parse(String source, byte[] bytes, Metadata metadata) throws ExtractionException {
        BodyContentHandler handler = new BodyContentHandler(limits.maxTextChars());
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, parseContext());
            return handler.toString();
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException("the text exceeds " + limits.maxTextChars()
                        + " characters (a decompression bomb?): refused", e);
            }
            if (zipBomb(e) != null) {
                throw new ExtractionException("refused: a decompression bomb (" + zipBomb(e) + ")", e);
            }
            LOG.debug("Tika failed on {}", source, e);
            throw new ExtractionException(unreadable(metadata, source) + ": " + causeMessage(e), e);
        } catch (EncryptedDocumentException e) {
            LOG.debug("{} is encrypted", source, e);
            throw new ExtractionException("the document is encrypted (password protected)", e);
        } catch (TikaException | IOException | RuntimeException e) {
            String bomb = zipBomb(e);
            if (bomb != null) {
                throw new ExtractionException("refused: a decompression bomb (" + bomb + ")", e);
            }
            // Parsers throw unchecked exceptions on malformed input too; one bad file must not end the batch.
            LOG.debug("Tika failed on {}", source, e);
            throw new ExtractionException(unreadable(metadata, source) + ": " + causeMessage(e), e);
        }
    }

    private static ParseContext parseContext() {
        PDFParserConfig pdf = new PDFParserConfig();
        // Link annotations would otherwise add their URIs ("mailto:…") in the middle of the body text.
        pdf.setExtractAnnotationText(false);
        // The outline ("Section_1 … Reference 25") would be appended after the reference list.
        pdf.setExtractBookmarksText(false);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static String unreadable(Metadata metadata, String source) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type != null && type.startsWith("application/pdf")) {
            return "not a readable PDF";
        }
        DocumentFormat format = DocumentFormat.detect(type, fileName(source));
        return "not a readable " + format.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " file";
    }

    /** Tika's own guard reports "Suspected zip bomb: …", sometimes wrapped in another exception. */
    private static String zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return t.getMessage();
            }
        }
        return null;
    }

    private static String causeMessage(Throwable e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /**
     * Title, authors, year and DOI ({@link FrontMatterReader}); a Markdown file's "# " heading is its title.
     * Only a PDF's first page is searched for a title block: in other formats the first line is the title.
     */
    private static FrontMatter frontMatter(String raw, DocumentFormat format, Metadata metadata, String text) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        FrontMatter front = FrontMatterReader.read(metadata, CharNormaliser.normalise(raw), format == DocumentFormat.PDF, firstLine);
        String title = MarkupStripper.latexToUnicode(CharNormaliser.normalise(front.title()));
        Matcher m = MARKDOWN_TITLE.matcher(raw);
        if (format == DocumentFormat.MARKDOWN && m.find()) {
            title = MarkupStripper.stripInlineMarkdown(MarkupStripper.latexToUnicode(CharNormaliser.normalise(m.group(1))));
        }
        title = title.replaceAll("\\s+", " ").strip();
        return new FrontMatter(title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE),
                front.authors(), front.year(), front.doi(), front.publication());
    }

    /** A paper's id: a prefix of the SHA-256 of its bytes, so an unchanged file always has the same id. */
    public static String paperId(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes).substring(0, ID_HEX_CHARS);
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }
}
