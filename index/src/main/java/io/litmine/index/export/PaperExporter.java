package io.litmine.index.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Section;
import io.litmine.index.json.EvidenceJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the papers' parsed structure as JSONL (ARCHITECTURE.md, "Export formats"): one object per
 * paper with its title, authors, year and DOI (null when unknown), sections, parsed references and in-text citations; unknown fields are written as
 * null. The caller opens {@code out} as UTF-8; it is flushed, not closed.
 */
public final class PaperExporter {

    /** The exported shape: the model records' components are already in the contract's key order. */
    @JsonPropertyOrder({"paperId", "source", "title", "authors", "year", "doi", "sections", "references", "citations"})
    record PaperLine(String paperId, String source, String title, List<String> authors, Integer year, String doi,
                     List<Section> sections, List<Reference> references, List<Citation> citations) {

        static PaperLine of(AnnotatedPaper annotated) {
            Paper paper = annotated.paper();
            return new PaperLine(annotated.paperId(), paper.source(), paper.title(), paper.authors(), paper.year(),
                    paper.doi(), paper.sections(), paper.references(), annotated.citations());
        }
    }

    private static final ObjectWriter WRITER = EvidenceJson.mapper().writerFor(PaperLine.class);

    private PaperExporter() {
    }

    /** Writes UTF-8 to {@code out}, flushing but not closing it. */
    public static void write(List<AnnotatedPaper> papers, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(papers, writer);
    }

    public static void write(List<AnnotatedPaper> papers, Writer out) throws IOException {
        for (AnnotatedPaper paper : papers) {
            writeLine(paper, out);
        }
        out.flush();
    }

    /** One paper's line; the caller flushes. */
    public static void writeLine(AnnotatedPaper paper, Writer out) throws IOException {
        out.write(WRITER.writeValueAsString(PaperLine.of(paper)));
        out.write('\n');
    }
}
