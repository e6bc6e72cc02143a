package io.litmine.index.assertion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.index.export.ClaimExporter;
import io.litmine.index.export.ExportFormat;
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
 * Writes assertions (README, "export"). JSONL, one object per assertion:
 * {@code {"subjectId","subject","relation","objectId","object","negated","papers","references","claims",
 * "hedgedClaims","paperIds":[..],"examples":[{"claimId","paperId","sentence","citations":[labels]}],
 * "invertedClaims"}}; {@code relation} is the net relation ({@link Assertion}). CSV/TSV: the same as flat
 * columns, lists joined with {@code "; "} and examples by their claim ids.
 */
public final class AssertionExporter {

    public static final List<String> COLUMNS = List.of("subjectId", "subject", "relation", "objectId", "object",
            "negated", "papers", "references", "claims", "hedgedClaims", "paperIds", "examples", "invertedClaims");

    private AssertionExporter() {
    }

    public static void write(List<Assertion> assertions, ExportFormat format, OutputStream out) throws IOException {
        write(assertions, format, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    public static void write(List<Assertion> assertions, ExportFormat format, Writer out) throws IOException {
        if (format == ExportFormat.JSONL) {
            ObjectMapper mapper = EvidenceJson.mapper();
            for (Assertion a : assertions) {
                out.write(mapper.writeValueAsString(json(mapper, a)));
                out.write('\n');
            }
        } else {
            CSVPrinter printer = new CSVPrinter(out, ClaimExporter.csvFormat(format));
            printer.printRecord(COLUMNS);
            for (Assertion a : assertions) {
                printer.printRecord(a.subjectId() == null ? "" : a.subjectId(), a.subject(), a.relation().name(),
                        Objects.toString(a.objectId(), ""), a.object(), a.negated(), a.papers(), a.references(), a.claims(),
                        a.hedgedClaims(), String.join("; ", a.paperIds()),
                        String.join("; ", a.examples().stream().map(Assertion.Example::claimId).toList()), a.invertedClaims());
            }
            printer.flush();
        }
        out.flush();
    }

    private static ObjectNode json(ObjectMapper mapper, Assertion a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("subjectId", a.subjectId());
        o.put("subject", a.subject());
        o.put("relation", a.relation().name());
        o.put("objectId", a.objectId());
        o.put("object", a.object());
        o.put("negated", a.negated());
        o.put("papers", a.papers());
        o.put("references", a.references());
        o.put("claims", a.claims());
        o.put("hedgedClaims", a.hedgedClaims());
        a.paperIds().forEach(o.putArray("paperIds")::add);
        ArrayNode examples = o.putArray("examples");
        for (Assertion.Example e : a.examples()) {
            ObjectNode x = examples.addObject().put("claimId", e.claimId()).put("paperId", e.paperId()).put("sentence", e.sentence());
            e.citations().forEach(x.putArray("citations")::add);
        }
        o.put("invertedClaims", a.invertedClaims());
        return o;
    }
}
