package io.litmine.annotators.lexicon.importing;

import java.nio.file.Path;
import java.util.Map;

/** What an import wrote: entries per file and how many imported synonyms met each verdict. */
public record ImportSummary(Path dir, int genes, int drugs, Map<Verdict, Integer> geneSynonyms,
                            Map<Verdict, Integer> drugSynonyms) {
    public ImportSummary {
        geneSynonyms = Map.copyOf(geneSynonyms);
        drugSynonyms = Map.copyOf(drugSynonyms);
    }

    public String describe() {
        return "lexicon written to " + dir + ": " + genes + " gene and " + drugs + " drug entries"
                + "\n  gene synonyms: " + geneSynonyms
                + "\n  drug synonyms: " + drugSynonyms;
    }
}
