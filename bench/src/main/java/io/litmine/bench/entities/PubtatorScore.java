package io.litmine.bench.entities;

import io.litmine.bench.eval.Prf;
import io.litmine.annotators.tag.DocumentReader;
import io.litmine.annotators.tag.EntityTagger;
import io.litmine.annotators.tag.InputFormat;
import io.litmine.annotators.tag.TaggedEntity;
import io.litmine.annotators.tag.TextDocument;
import io.litmine.corpus.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Strict span P/R/F1 of the tagger against PubTator gold for one type, and identifier accuracy
 * over span-matched gold mentions that have an identifier, as {@code score_ner_pubtator.py --norm}
 * computes them (namespace prefixes MESH:/NCBIGene:/DrugBank: dropped, case ignored).
 */
public record PubtatorScore(Prf prf, int normRight, int normMatched, Diagnostics diagnostics) {

    public double normAccuracy() {
        return normMatched == 0 ? 0 : (double) normRight / normMatched;
    }

    public static PubtatorScore of(Path gold, EntityTagger tagger, EntityType type) throws IOException {
        Map<String, String> goldIds = new HashMap<>();
        Map<String, String> goldText = new HashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 5 && f[1].matches("\\d+") && f[4].strip().equalsIgnoreCase(type.pubtatorType())) {
                String key = f[0] + ":" + f[1] + ":" + f[2];
                goldIds.put(key, f.length > 5 ? f[5].strip() : "");
                goldText.put(key, f[3]);
            }
        }
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> predictedText = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            DocumentReader documents = new DocumentReader(reader, InputFormat.PUBTATOR);
            while (documents.hasNext()) {
                TextDocument doc = documents.next();
                for (TaggedEntity e : tagger.tag(doc.text())) {
                    if (e.mention().type() == type) {
                        String key = doc.id() + ":" + e.mention().start() + ":" + e.mention().end();
                        predicted.put(key, e.pubtatorId());
                        predictedText.put(key, e.mention().text());
                    }
                }
            }
        }
        Prf prf = Prf.of(predicted.keySet(), goldIds.keySet());
        Diagnostics diagnostics = new Diagnostics();
        predicted.keySet().stream().filter(k -> !goldIds.containsKey(k)).forEach(k -> diagnostics.falsePositive(predictedText.get(k)));
        goldIds.keySet().stream().filter(k -> !predicted.containsKey(k)).forEach(k -> diagnostics.falseNegative(goldText.get(k)));
        int right = 0;
        int matched = 0;
        for (Map.Entry<String, String> g : goldIds.entrySet()) {
            Set<String> want = ids(g.getValue());
            if (want.isEmpty() || !predicted.containsKey(g.getKey())) {
                continue;
            }
            matched++;
            if (ids(predicted.get(g.getKey())).equals(want)) {
                right++;
            }
        }
        return new PubtatorScore(prf, right, matched, diagnostics);
    }

    private static Set<String> ids(String field) {
        Set<String> out = new HashSet<>();
        for (String id : field.split("[|;,]")) {
            String n = id.strip().replaceFirst("(?i)^(mesh|ncbigene|drugbank):", "").toLowerCase(Locale.ROOT);
            if (!n.isEmpty() && !n.equals("-1") && !n.equals("-")) {
                out.add(n);
            }
        }
        return out;
    }
}
