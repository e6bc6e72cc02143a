package io.litmine.bench.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the hand-labelled claim gold, its papers and the lexicon sources sit inside the shared folder
 * beside the repository.
 */
public record GoldClaimsData(Path shared) {

    /** Six JATS papers' gold claims ({@code claims-<PMCID>.jsonl}) and their scope headings. */
    public Path gold() {
        return shared.resolve("gold/claims");
    }

    /** The paper a gold "doc" id names. */
    public Path paper(String docId) {
        return shared.resolve("data/papers/oncology-jats").resolve(docId + ".nxml");
    }

    public Path hgnc() {
        return shared.resolve("data/lexicons/hgnc/hgnc_complete_set.txt.gz");
    }

    /** The file the documented {@code litmine lexicon import} command reads. */
    public Path drugbank() {
        return shared.resolve("data/lexicons/drugbank-open-vocabulary/drugbank_vocabulary.normalized.csv");
    }

    /** The lexicon folder score_claims.py names identifiers from by default ({@code --lexicons}). */
    public Path scorerLexicons() {
        return shared.resolve("data/lexicons");
    }

    public Path scorer() {
        return shared.resolve("tools/score_claims.py");
    }

    /** True when the gold folder and the lexicon sources are there (the papers are checked on reading the gold). */
    public boolean present() {
        return Files.isDirectory(gold()) && List.of(hgnc(), drugbank()).stream().allMatch(Files::isRegularFile);
    }
}
