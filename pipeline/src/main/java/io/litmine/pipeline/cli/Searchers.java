package io.litmine.pipeline.cli;

import io.litmine.index.search.EvidenceSearcher;
import io.litmine.index.search.LiveEvidenceIndex;
import io.litmine.index.search.MissingIndexException;
import io.litmine.pipeline.search.LexiconEntityResolver;
import java.time.Duration;
import io.litmine.pipeline.ingest.IndexLayout;
import java.io.IOException;

/** Opens an index for reading, with a message that names the folder the user gave. */
final class Searchers {
    private Searchers() {
    }

    /** The index for a long-running reader that sees later ingests ({@code serve}). */
    static LiveEvidenceIndex openLive(IndexLayout layout, Duration refreshInterval) throws IOException, UsageException {
        try {
            return LiveEvidenceIndex.open(layout.lucene(), LexiconEntityResolver.forIndex(layout.root()), refreshInterval);
        } catch (MissingIndexException e) {
            throw missing(layout);
        }
    }

    private static UsageException missing(IndexLayout layout) {
        return new UsageException("no litmine index at " + layout.root() + " (run: litmine ingest PATH... --index "
                + layout.root() + ")");
    }

    static EvidenceSearcher open(IndexLayout layout) throws IOException, UsageException {
        try {
            // Synonyms from the index's own lexicon copy (else the built-in): gene/drug filters take any name.
            return EvidenceSearcher.open(layout.lucene(), LexiconEntityResolver.forIndex(layout.root()));
        } catch (MissingIndexException e) {
            throw new UsageException("no litmine index at " + layout.root() + " (run: litmine ingest PATH... --index "
                    + layout.root() + ")");
        }
    }
}
