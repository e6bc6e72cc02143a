package io.litmine.index.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.model.Claim;
import io.litmine.index.json.EvidenceJson;
import io.litmine.index.search.CitedReference;
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
 * joined with {@code "; "}, the citation labels in {@code citations} and their raw reference texts in
 * an extra {@code references} column right after it; the claim's {@code citationCheck}
 * (title-supported, unverified, none) and, per cited reference in the same order, whether its title
 * supports the claim ({@code supported}, true/false; a key of each citation object in JSONL); last,
 * the arguments' states ({@code subjectState}, {@code objectState}: loss, gain, mutant, or JSON null /
 * an empty cell for the entity itself) and the {@code netRelation} the claim asserts about its
 * subject's entity. RFC 4180 quoting, a header row. The caller opens {@code out} as UTF-8; it is
 * flushed, not closed.
 */
public final class ClaimExporter {

    /** The flat columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "claimId", "paperId", "section", "sentence", "start", "end", "subject", "subjectId", "relation",
            "object", "objectId", "negated", "hedged", "evidence", "mechanism", "genes", "drugs",
            "citations", "references", "unresolved", "citationCheck", "supported",
            "subjectState", "objectState", "netRelation");

    static final String LIST_SEPARATOR = "; ";

    private ClaimExporter() {
    }

    /** Writes UTF-8 to {@code out}, flushing but not closing it. */
    public static void write(List<ClaimRow> rows, ExportFormat format, OutputStream out) throws IOException {
        write(rows, format, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public static void write(List<ClaimRow> rows, ExportFormat format, Writer out) throws IOException {
        try (Table table = open(format, out)) {
            for (ClaimRow row : rows) {
                table.add(row);
            }
        }
    }

    /**
     * A table written row by row, so an export never holds more than one claim: the header (CSV/TSV)
     * is written on opening; closing flushes {@code out} without closing it.
     */
    public static Table open(ExportFormat format, Writer out) throws IOException {
        return switch (format) {
            case JSONL -> new Table(out, null);
            case CSV, TSV -> {
                CSVPrinter printer = new CSVPrinter(out, csvFormat(format));
                printer.printRecord(COLUMNS);
                yield new Table(out, printer);
            }
            default -> throw new IllegalArgumentException("claims are exported as csv, tsv or jsonl, not " + format.extension());
        };
    }

    /** See {@link #open}. */
    public static final class Table implements Closeable {
        private final Writer out;
        private final CSVPrinter printer;
        private final ObjectMapper mapper = EvidenceJson.mapper();

        private Table(Writer out, CSVPrinter printer) {
            this.out = out;
            this.printer = printer;
        }

        public void add(ClaimRow row) throws IOException {
            if (printer == null) {
                out.write(mapper.writeValueAsString(jsonObject(mapper, row)));
                out.write('\n');
            } else {
                printer.printRecord(cells(row));
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
        ArrayNode citations = o.putArray("citations");
        for (CitedReference cited : row.citations()) {
            citations.addObject().put("label", cited.label()).put("index", cited.index()).put("reference", cited.reference())
                    .put("supported", c.citationSupported(cited.index()));
        }
        c.unresolved().forEach(o.putArray("unresolved")::add);
        o.put("citationCheck", c.citationCheck().label());
        o.put("subjectState", c.subjectState().label());
        o.put("objectState", c.objectState().label());
        o.put("netRelation", c.netRelation().name());
        return o;
    }

    private static List<String> cells(ClaimRow row) {
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
                join(row.citations().stream().map(CitedReference::reference).toList()),
                join(c.unresolved()),
                c.citationCheck().label(),
                join(row.citations().stream().map(r -> Boolean.toString(c.citationSupported(r.index()))).toList()),
                Objects.toString(c.subjectState().label(), ""), Objects.toString(c.objectState().label(), ""),
                c.netRelation().name());
    }

    private static String join(List<String> values) {
        return values.stream().collect(Collectors.joining(LIST_SEPARATOR));
    }
}
