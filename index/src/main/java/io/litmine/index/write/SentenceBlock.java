package io.litmine.index.write;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Sentence;
import io.litmine.index.search.IndexedSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sentence of a paper with the claims it makes: what one block of the index holds (the claims'
 * documents, then the sentence's). Its genes, drugs and citations are its mentions' and callouts'
 * together with any its claims name. Every sentence of the paper is one block, with or without claims;
 * a claim whose span is no sentence of the paper (input annotated elsewhere) gets a sentence of its
 * own, made from the claim's sentence, so no claim is ever left outside a block.
 */
record SentenceBlock(IndexedSentence sentence, List<Claim> claims) {

    SentenceBlock {
        claims = List.copyOf(claims);
    }

    /** The paper's sentences in text order, each with its mentions, callouts and claims. */
    static List<SentenceBlock> of(AnnotatedPaper annotated) {
        String paperId = annotated.paperId();
        Map<Integer, List<Claim>> claimsByStart = new LinkedHashMap<>();
        for (Claim claim : annotated.claims()) {
            claimsByStart.computeIfAbsent(claim.start(), s -> new ArrayList<>()).add(claim);
        }
        TreeMap<Integer, Sentence> byStart = new TreeMap<>();
        for (Sentence s : annotated.sentences()) {
            byStart.putIfAbsent(s.start(), s);
        }
        int next = annotated.sentences().stream().mapToInt(Sentence::index).max().orElse(-1) + 1;
        for (Map.Entry<Integer, List<Claim>> entry : claimsByStart.entrySet()) {
            if (!byStart.containsKey(entry.getKey())) {
                Claim c = entry.getValue().get(0);
                byStart.put(c.start(), new Sentence(next++, c.sentence(), c.start(), c.end(), c.section()));
            }
        }
        List<Mention> mentions = annotated.mentions().stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Citation> citations = annotated.citations().stream().sorted(Comparator.comparingInt(Citation::start)).toList();
        List<SentenceBlock> blocks = new ArrayList<>(byStart.size());
        int m = 0;
        int c = 0;
        for (Sentence s : byStart.values()) {
            while (m < mentions.size() && mentions.get(m).start() < s.start()) {
                m++;
            }
            List<Mention> inside = new ArrayList<>();
            for (int i = m; i < mentions.size() && mentions.get(i).start() < s.end(); i++) {
                Mention x = mentions.get(i);
                if (x.end() <= s.end()) {
                    inside.add(new Mention(x.text(), x.start() - s.start(), x.end() - s.start(), x.type(), x.name(), x.id()));
                }
            }
            while (c < citations.size() && citations.get(c).start() < s.start()) {
                c++;
            }
            List<Claim> claims = claimsByStart.getOrDefault(s.start(), List.of());
            List<Integer> resolved = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (int i = c; i < citations.size() && citations.get(i).start() < s.end(); i++) {
                citations.get(i).resolved().stream().filter(r -> !resolved.contains(r)).forEach(resolved::add);
                citations.get(i).unresolved().stream().filter(u -> !unresolved.contains(u)).forEach(unresolved::add);
            }
            // And whatever its claims cite (the same callouts, unless the paper was annotated elsewhere).
            claims.forEach(claim -> {
                claim.citations().stream().filter(r -> !resolved.contains(r)).forEach(resolved::add);
                claim.unresolved().stream().filter(u -> !unresolved.contains(u)).forEach(unresolved::add);
            });
            IndexedSentence sentence = new IndexedSentence(IndexedSentence.id(paperId, s.index()), paperId, s.section(),
                    s.text(), s.start(), s.end(), names(inside, claims, EntityType.GENE), names(inside, claims, EntityType.DRUG),
                    inside, resolved, unresolved);
            blocks.add(new SentenceBlock(sentence, claims));
        }
        return blocks;
    }

    /** The distinct names of the mentions of one type, in text order, then any more the claims name. */
    private static List<String> names(List<Mention> mentions, List<Claim> claims, EntityType type) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.type() == type).map(Mention::name).forEach(names::add);
        claims.forEach(c -> names.addAll(type == EntityType.GENE ? c.genes() : c.drugs()));
        return List.copyOf(names);
    }
}
