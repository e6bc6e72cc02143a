package io.litmine.bench.relations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.index.export.ClaimExporter;
import io.litmine.index.export.ClaimRow;
import io.litmine.index.export.TableOptions;
import io.litmine.index.search.PaperMeta;
import io.litmine.index.export.ExportFormat;
import io.litmine.index.export.PaperExporter;
import io.litmine.index.search.CitedReference;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Writes what the harness scored in the shapes {@code litmine export --what claims|papers --format jsonl}
 * writes (through the index module's own exporters, in the export's order), and the ChemProt key as
 * {@code make_relation_input.py} writes it, so the reference scorer can be run on exactly these claims:
 * {@code score_relations.py chemprot DIR/key.jsonl DIR/claims.jsonl},
 * {@code score_relations.py biored GOLD.PubTator DIR/claims.jsonl DIR/papers.jsonl}.
 */
public final class ScoredExport {

    private ScoredExport() {
    }

    public static void write(List<AnnotatedPaper> papers, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<AnnotatedPaper> ordered = papers.stream()
                .sorted(Comparator.comparing((AnnotatedPaper p) -> p.paper().source()).thenComparing(AnnotatedPaper::paperId))
                .toList();
        try (Writer out = Files.newBufferedWriter(dir.resolve("claims.jsonl"), StandardCharsets.UTF_8);
             ClaimExporter.Table table = ClaimExporter.open(ExportFormat.JSONL, out, TableOptions.DEFAULT)) {
            for (AnnotatedPaper p : ordered) {
                for (Claim c : p.claims().stream().sorted(Comparator.comparingInt(Claim::start)).toList()) {
                    table.add(new ClaimRow(c, CitedReference.resolve(c, p.paper().references()), PaperMeta.of(p.paper())));
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("papers.jsonl"), StandardCharsets.UTF_8)) {
            PaperExporter.write(ordered, out);
        }
    }

    public static void writeKey(ChemProtCorpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(dir.resolve("key.jsonl"), StandardCharsets.UTF_8)) {
            for (ChemProtPair k : corpus.pairs()) {
                ObjectNode o = json.createObjectNode().put("n", k.n()).put("sentence", k.sentence()).put("e1", k.e1())
                        .put("e2", k.e2()).put("label", k.label());
                out.write(json.writeValueAsString(o));
                out.write('\n');
            }
        }
    }
}
