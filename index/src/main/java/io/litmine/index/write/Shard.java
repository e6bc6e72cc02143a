package io.litmine.index.write;

import io.litmine.index.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** A committed shard written by {@link ShardWriter}, as the merge sees it. */
record Shard(Path dir, List<IncomingPaper> papers) {

    private static final Set<String> PAPER_FIELDS = Set.of(Fields.PAPER_ID, Fields.SOURCE, Fields.CLAIM_COUNT,
            Fields.WORK_KEY, Fields.WORK_RANK);

    Shard {
        papers = List.copyOf(papers);
    }

    /** Whether {@code dir} holds a committed index (a worker that died before close() leaves none). */
    static boolean exists(Path dir) throws IOException {
        return io.litmine.index.Indexes.committed(dir);
    }

    static Shard read(Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery paperDocs = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER));
            int count = searcher.count(paperDocs);
            List<IncomingPaper> papers = new ArrayList<>(count);
            if (count > 0) {
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(paperDocs, count).scoreDocs) {
                    Document doc = stored.document(hit.doc, PAPER_FIELDS);
                    papers.add(new IncomingPaper(doc.get(Fields.PAPER_ID), doc.get(Fields.SOURCE),
                            doc.getField(Fields.CLAIM_COUNT).numericValue().intValue(), List.of(doc.getValues(Fields.WORK_KEY)),
                            doc.getField(Fields.WORK_RANK) == null ? 0 : doc.getField(Fields.WORK_RANK).numericValue().longValue()));
                }
            }
            return new Shard(dir, papers);
        }
    }

    /** Deletes these papers (and their claims) from the shard, committing, so addIndexes skips them. */
    void delete(Collection<IncomingPaper> losers) throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, IndexWriters.config(OpenMode.APPEND))) {
            for (IncomingPaper paper : losers) {
                writer.deleteDocuments(new Term(Fields.PAPER_ID, paper.paperId()));
            }
            writer.commit();
        }
    }
}
