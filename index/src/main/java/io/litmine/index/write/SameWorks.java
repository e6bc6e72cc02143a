package io.litmine.index.write;

import io.litmine.index.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One paper per work ({@link WorkIdentity}), decided while a merge runs: of incoming papers that are
 * one work, and of an incoming paper and an indexed one that are, the richer copy stays and the other
 * becomes an alias record. Everything happens in the merge's writer, before its one commit: a crash
 * leaves the index at its last commit, as for the rest of the merge.
 */
final class SameWorks {

    private static final Logger LOG = LoggerFactory.getLogger(SameWorks.class);
    /** What the fold reads of an indexed paper or alias: never the paper's JSON (its full text). */
    private static final Set<String> FIELDS = Set.of(Fields.PAPER_ID, Fields.SOURCE, Fields.WORK_RANK);

    /** The alias records written: which file's paper was folded into which kept paper. */
    record Alias(IncomingPaper alias, String keptPaperId) {
    }

    private SameWorks() {
    }

    /**
     * Folds copies of one work together. {@code incoming} (paperId → paper, one per source already)
     * loses the copies that yield; their documents are deleted from their shards, or from the index
     * for an indexed copy that yields to an incoming one. Call after the deletes of older versions
     * and before the shards are added; returns the alias records added to {@code writer}.
     */
    static List<Alias> fold(IndexWriter writer, Map<String, IncomingPaper> incoming, List<Shard> shards) throws IOException {
        List<Alias> aliases = new ArrayList<>();
        Map<IncomingPaper, Shard> shardOf = new LinkedHashMap<>();
        for (Shard shard : shards) {
            for (IncomingPaper p : shard.papers()) {
                if (incoming.get(p.paperId()) == p) {
                    shardOf.put(p, shard);
                }
            }
        }
        Map<Shard, List<IncomingPaper>> shardLosers = new LinkedHashMap<>();
        foldIncoming(incoming, shardOf, shardLosers, aliases);
        foldIndexed(writer, incoming, shardOf, shardLosers, aliases);
        for (Map.Entry<Shard, List<IncomingPaper>> e : shardLosers.entrySet()) {
            e.getKey().delete(e.getValue());
        }
        for (Alias a : aliases) {
            writer.deleteDocuments(aliasQuery(a.alias().paperId()));
        }
        writer.flush();
        for (Alias a : aliases) {
            writer.addDocument(EvidenceDocuments.aliasDocument(a.alias(), a.keptPaperId()));
        }
        return aliases;
    }

    /** Incoming copies of one work: the richest stays (ties: the first source in order). */
    private static void foldIncoming(Map<String, IncomingPaper> incoming, Map<IncomingPaper, Shard> shardOf,
                                     Map<Shard, List<IncomingPaper>> shardLosers, List<Alias> aliases) {
        Map<String, IncomingPaper> byKey = new LinkedHashMap<>();
        List<IncomingPaper> ordered = new ArrayList<>(incoming.values());
        ordered.sort(Comparator.comparing(IncomingPaper::source));
        for (IncomingPaper p : ordered) {
            IncomingPaper kept = p.workKeys().stream().map(byKey::get).filter(k -> k != null && incoming.containsKey(k.paperId()))
                    .findFirst().orElse(null);
            if (kept == null) {
                p.workKeys().forEach(k -> byKey.putIfAbsent(k, p));
                continue;
            }
            IncomingPaper winner = p.workRank() > kept.workRank() ? p : kept;
            IncomingPaper loser = winner == p ? kept : p;
            yieldIncoming(loser, winner.paperId(), incoming, shardOf, shardLosers, aliases);
            winner.workKeys().forEach(k -> byKey.put(k, winner));
            loser.workKeys().forEach(k -> byKey.put(k, winner));
        }
    }

    /** An incoming paper that is the work of an indexed one: the richer stays, the indexed copy on ties. */
    private static void foldIndexed(IndexWriter writer, Map<String, IncomingPaper> incoming, Map<IncomingPaper, Shard> shardOf,
                                    Map<Shard, List<IncomingPaper>> shardLosers, List<Alias> aliases) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            for (IncomingPaper p : new ArrayList<>(incoming.values())) {
                if (p.workKeys().isEmpty()) {
                    continue;
                }
                BooleanQuery.Builder keys = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER)), Occur.FILTER);
                p.workKeys().forEach(k -> keys.add(new TermQuery(new Term(Fields.WORK_KEY, k)), Occur.SHOULD));
                for (ScoreDoc hit : searcher.search(keys.build(), 1).scoreDocs) {
                    Document d = stored.document(hit.doc, FIELDS);
                    String indexedId = d.get(Fields.PAPER_ID);
                    if (indexedId.equals(p.paperId()) || d.get(Fields.SOURCE).equals(p.source()) || incoming.containsKey(indexedId)) {
                        continue;
                    }
                    long indexedRank = d.getField(Fields.WORK_RANK) == null ? 0 : d.getField(Fields.WORK_RANK).numericValue().longValue();
                    if (p.workRank() > indexedRank) {
                        IncomingPaper indexed = new IncomingPaper(indexedId, d.get(Fields.SOURCE), 0);
                        writer.deleteDocuments(new Term(Fields.PAPER_ID, indexedId));
                        repoint(writer, searcher, indexedId, p.paperId(), aliases);
                        aliases.add(new Alias(indexed, p.paperId()));
                        LOG.info("{} is the work of {}: keeping the richer {}", indexed.source(), p.source(), p.source());
                    } else {
                        yieldIncoming(p, indexedId, incoming, shardOf, shardLosers, aliases);
                    }
                }
            }
        }
    }

    private static void yieldIncoming(IncomingPaper loser, String keptId, Map<String, IncomingPaper> incoming,
                                      Map<IncomingPaper, Shard> shardOf, Map<Shard, List<IncomingPaper>> shardLosers,
                                      List<Alias> aliases) {
        incoming.remove(loser.paperId());
        Shard shard = shardOf.get(loser);
        if (shard != null) {
            shardLosers.computeIfAbsent(shard, s -> new ArrayList<>()).add(loser);
        }
        aliases.add(new Alias(loser, keptId));
        LOG.info("{} is the work of paper {}: kept once, recorded as an alias", loser.source(), keptId);
    }

    /** Aliases of a paper that yields now point at the paper that replaces it. */
    private static void repoint(IndexWriter writer, IndexSearcher searcher, String from, String to, List<Alias> aliases)
            throws IOException {
        Query of = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ALIAS)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ALIAS_OF, from)), Occur.FILTER).build();
        int count = searcher.count(of);
        if (count == 0) {
            return;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(of, count).scoreDocs) {
            Document d = stored.document(hit.doc, FIELDS);
            aliases.add(new Alias(new IncomingPaper(d.get(Fields.PAPER_ID), d.get(Fields.SOURCE), 0), to));
        }
    }

    static Query aliasQuery(String paperId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ALIAS)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PAPER_ID, paperId)), Occur.FILTER).build();
    }
}
