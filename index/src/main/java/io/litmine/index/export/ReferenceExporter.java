package io.litmine.index.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.model.Reference;
import io.litmine.index.json.EvidenceJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes cited references for reference managers (BibTeX, RIS: one entry per work, a DOI or PMID
 * cited by several papers written once with every citing place, {@link DistinctWork}) and as tables
 * (CSV/TSV/JSONL: one row per paper and entry, with the parsed fields). Entries the parser could not split keep their
 * raw text (BibTeX {@code note}, RIS {@code N1}), so nothing printed in the paper is lost.
 */
public final class ReferenceExporter {

    /** The table columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "paperId", "label", "index", "raw", "authors", "title", "container", "year", "volume", "issue", "pages",
            "doi", "pmid");

    private ReferenceExporter() {
    }

    /** Writes UTF-8 to {@code out}, flushing but not closing it. */
    public static void write(List<CitedWork> works, ExportFormat format, OutputStream out) throws IOException {
        write(works, format, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public static void write(List<CitedWork> works, ExportFormat format, Writer out) throws IOException {
        switch (format) {
            case BIBTEX -> {
                BibTeXWriter bibtex = new BibTeXWriter();
                for (DistinctWork work : DistinctWork.of(works)) {
                    out.write(bibtex.entry(work));
                }
            }
            case RIS -> {
                for (DistinctWork work : DistinctWork.of(works)) {
                    out.write(RisWriter.entry(work));
                }
            }
            case CSV, TSV -> table(works, format, out);
            case JSONL -> jsonLines(works, out);
            default -> throw new IllegalArgumentException(
                    "references are exported as bibtex, ris, csv, tsv or jsonl, not " + format.extension());
        }
        out.flush();
    }

    private static void table(List<CitedWork> works, ExportFormat format, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, ClaimExporter.csvFormat(format));
        printer.printRecord(COLUMNS);
        for (CitedWork work : works) {
            Reference r = work.reference();
            printer.printRecord(work.paperId(), r.label(), r.index(), r.raw(), String.join(ClaimExporter.LIST_SEPARATOR, r.authors()),
                    str(r.title()), str(r.container()), str(r.year()), str(r.volume()), str(r.issue()), str(r.pages()),
                    str(r.doi()), str(r.pmid()));
        }
        printer.flush();
    }

    private static void jsonLines(List<CitedWork> works, Writer out) throws IOException {
        ObjectMapper mapper = EvidenceJson.mapper();
        for (CitedWork work : works) {
            ObjectNode o = mapper.createObjectNode();
            o.put("paperId", work.paperId());
            o.setAll((ObjectNode) mapper.valueToTree(work.reference()));
            out.write(mapper.writeValueAsString(o));
            out.write('\n');
        }
    }

    private static String str(Object value) {
        return Objects.toString(value, "");
    }
}
