package io.litmine.bench.entities;

import io.litmine.bench.eval.Prf;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.annotators.tag.TaggedEntity;
import io.litmine.corpus.model.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The seed review's hand-labelled entities ({@code gold/seed/entities.jsonl}): each sentence lists
 * its distinct mentions as (text, norm). Mention F1 compares the per-sentence sets of surfaces;
 * normalisation accuracy is the share of matched surfaces whose name equals the gold norm
 * (case-folded, since drug norms are lower-case INNs).
 */
public record SeedScore(Prf genes, Prf drugs, double geneNormAccuracy, double drugNormAccuracy, Diagnostics diagnostics) {

    public static SeedScore of(Path gold, EntityTagger tagger) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Prf genes = new Prf(0, 0, 0);
        Prf drugs = new Prf(0, 0, 0);
        int[] geneNorm = new int[2];
        int[] drugNorm = new int[2];
        Diagnostics diagnostics = new Diagnostics();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = json.readTree(line);
            var tagged = tagger.tag(record.get("sentence").asText());
            genes = genes.plus(compare(tagged, EntityType.GENE, record.get("genes"), geneNorm, diagnostics));
            drugs = drugs.plus(compare(tagged, EntityType.DRUG, record.get("drugs"), drugNorm, diagnostics));
        }
        return new SeedScore(genes, drugs, ratio(geneNorm), ratio(drugNorm), diagnostics);
    }

    private static Prf compare(java.util.List<TaggedEntity> tagged, EntityType type, JsonNode goldMentions,
                               int[] norm, Diagnostics diagnostics) {
        Map<String, String> predicted = new HashMap<>();
        tagged.stream().filter(e -> e.mention().type() == type)
                .forEach(e -> predicted.putIfAbsent(e.mention().text(), e.mention().name().toLowerCase(Locale.ROOT)));
        Map<String, String> gold = new HashMap<>();
        goldMentions.forEach(m -> gold.putIfAbsent(m.get("text").asText(), m.get("norm").asText().toLowerCase(Locale.ROOT)));
        for (Map.Entry<String, String> g : gold.entrySet()) {
            if (predicted.containsKey(g.getKey())) {
                norm[1]++;
                if (predicted.get(g.getKey()).equals(g.getValue())) {
                    norm[0]++;
                } else {
                    diagnostics.falsePositive("norm " + g.getKey() + "→" + predicted.get(g.getKey()) + " (gold " + g.getValue() + ")");
                }
            } else {
                diagnostics.falseNegative(type + " " + g.getKey());
            }
        }
        predicted.keySet().stream().filter(p -> !gold.containsKey(p)).forEach(p -> diagnostics.falsePositive(type + " " + p));
        return Prf.of(predicted.keySet(), gold.keySet());
    }

    private static double ratio(int[] counts) {
        return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
    }
}
