package io.litmine.index.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.model.Claim;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.PaperMeta;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the claim-citation table (ARCHITECTURE.md, "Export formats"). JSONL: one object per claim
 * with the keys in the contract's order. CSV/TSV: the same as flat columns in the same order, lists
 * of identifiers and labels joined with {@code "; "}; the cited references in the {@code references}
 * column right after the labels as a JSON list ({@code [{"label","index","reference","supported"}]}:
 * a reference's text holds "; " and commas itself, so only JSON keeps them apart); the claim's
 * {@code citationCheck} (title-supported, unverified, none) and, per cited reference in the same
 * order, whether its title supports the claim ({@code supported}, true/false; a key of each citation
 * object in JSONL); the arguments' states ({@code subjectState}, {@code objectState}: loss, gain,
 * mutant, or JSON null / an empty cell for the entity itself) and the {@code netRelation} the claim
 * asserts about its subject's entity; last, the paper the claim is from ({@code paperTitle},
 * {@code year}, {@code firstAuthor}, {@code doi}, {@code source}: empty cells / JSON null where the
 * file did not give them). RFC 4180 quoting, a header row. {@link TableOptions} give one row per
 * cited reference and a byte order mark. The caller opens {@code out} as UTF-8; it is flushed, not
 * closed.
 */
public final class ClaimExporter {

    /** The flat columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "claimId", "paperId", "section", "sentence", "start", "end", "subject", "subjectId", "relation",
            "object", "objectId", "negated", "hedged", "evidence", "mechanism", "genes", "drugs",
            "citations", "references", "unresolved", "citationCheck", "supported",
            "subjectState", "objectState", "netRelation",
            "paperTitle", "year", "firstAuthor", "doi", "source");

    static final String LIST_SEPARATOR = "; ";

    private ClaimExporter() {
    }

    /** Writes UTF-8 to {@code out}, flushing but not closing it. */
    public static void write(List<ClaimRow> rows, ExportFormat format, OutputStream out) throws IOException {
        write(rows, format, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public static void write(List<ClaimRow> rows, ExportFormat format, Writer out) throws IOException {
        try (Table table = open(format, out, TableOptions.DEFAULT)) {
            for (ClaimRow row : rows) {
                table.add(row);
            }
        }
    }

    /**
     * A table written row by row, so an export never holds more than one claim: the header (CSV/TSV)
     * is written on opening; closing flushes {@code out} without closing it.
     */
    public static Table open(ExportFormat format, Writer out, TableOptions options) throws IOException {
        return switch (format) {
            case JSONL -> new Table(out, null, options.perCitation());
            case CSV, TSV -> {
                if (options.byteOrderMark()) {
                    out.write(TableOptions.BYTE_ORDER_MARK);
                }
                CSVPrinter printer = new CSVPrinter(out, csvFormat(format));
                printer.printRecord(COLUMNS);
                yield new Table(out, printer, options.perCitation());
            }
            default -> throw new IllegalArgumentException("claims are exported as csv, tsv or jsonl, not " + format.extension());
        };
    }

    /** See {@link #open}. */
    public static final class Table implements Closeable {
        private final Writer out;
        private final CSVPrinter printer;
        private final boolean perCitation;
        private final ObjectMapper mapper = EvidenceJson.mapper();

        private Table(Writer out, CSVPrinter printer, boolean perCitation) {
            this.out = out;
            this.printer = printer;
            this.perCitation = perCitation;
        }

        public void add(ClaimRow row) throws IOException {
            for (ClaimRow one : perCitation ? row.perCitation() : List.of(row)) {
                if (printer == null) {
                    out.write(mapper.writeValueAsString(jsonObject(mapper, one)));
                    out.write('\n');
                } else {
                    printer.printRecord(cells(mapper, one));
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (printer != null) {
                printer.flush();
            }
            out.flush();
        }
    }

    /** The commons-csv format a table export uses, so readers can parse it back the same way. */
    public static CSVFormat csvFormat(ExportFormat format) {
        return switch (format) {
            case CSV -> CSVFormat.RFC4180;
            case TSV -> CSVFormat.RFC4180.builder().setDelimiter('\t').get();
            default -> throw new IllegalArgumentException(format.extension() + " is not a table format");
        };
    }

    private static ObjectNode jsonObject(ObjectMapper mapper, ClaimRow row) {
        Claim c = row.claim();
        ObjectNode o = mapper.createObjectNode();
        o.put("claimId", c.claimId());
        o.put("paperId", c.paperId());
        o.put("section", c.section());
        o.put("sentence", c.sentence());
        o.put("start", c.start());
        o.put("end", c.end());
        o.put("subject", c.subject());
        o.put("subjectId", c.subjectId());
        o.put("relation", c.relation().name());
        o.put("object", c.object());
        o.put("objectId", c.objectId());
        o.put("negated", c.negated());
        o.put("hedged", c.hedged());
        o.put("evidence", c.evidence().label());
        o.put("mechanism", c.mechanism().name());
        c.genes().forEach(o.putArray("genes")::add);
        c.drugs().forEach(o.putArray("drugs")::add);
        o.set("citations", citedReferences(mapper, row));
        c.unresolved().forEach(o.putArray("unresolved")::add);
        o.put("citationCheck", c.citationCheck().label());
        o.put("subjectState", c.subjectState().label());
        o.put("objectState", c.objectState().label());
        o.put("netRelation", c.netRelation().name());
        PaperMeta paper = row.paper();
        o.put("paperTitle", paper.title());
        o.put("year", paper.year());
        o.put("firstAuthor", paper.authors().isEmpty() ? null : paper.firstAuthor());
        o.put("doi", paper.doi());
        o.put("source", paper.source());
        return o;
    }

    /** The cited references as JSON objects: a JSONL key, and the {@code references} cell of a table. */
    private static ArrayNode citedReferences(ObjectMapper mapper, ClaimRow row) {
        ArrayNode citations = mapper.createArrayNode();
        for (CitedReference cited : row.citations()) {
            citations.addObject().put("label", cited.label()).put("index", cited.index()).put("reference", cited.reference())
                    .put("supported", row.claim().citationSupported(cited.index()));
        }
        return citations;
    }

    private static List<String> cells(ObjectMapper mapper, ClaimRow row) throws IOException {
        Claim c = row.claim();
        return List.of(
                c.claimId(), c.paperId(), c.section(), c.sentence(),
                Integer.toString(c.start()), Integer.toString(c.end()),
                c.subject(), Objects.toString(c.subjectId(), ""), c.relation().name(),
                c.object(), Objects.toString(c.objectId(), ""),
                Boolean.toString(c.negated()), Boolean.toString(c.hedged()),
                c.evidence().label(), c.mechanism().name(),
                join(c.genes()), join(c.drugs()),
                join(row.citations().stream().map(CitedReference::label).toList()),
                mapper.writeValueAsString(citedReferences(mapper, row)),
                join(c.unresolved()),
                c.citationCheck().label(),
                join(row.citations().stream().map(r -> Boolean.toString(c.citationSupported(r.index()))).toList()),
                Objects.toString(c.subjectState().label(), ""), Objects.toString(c.objectState().label(), ""),
                c.netRelation().name(),
                row.paper().title(), Objects.toString(row.paper().year(), ""), row.paper().firstAuthor(),
                Objects.toString(row.paper().doi(), ""), row.paper().source());
    }

    private static String join(List<String> values) {
        return values.stream().collect(Collectors.joining(LIST_SEPARATOR));
    }
}
