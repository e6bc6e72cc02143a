package io.litmine.bench.relations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the relation gold sets and the lexicon sources sit inside the shared folder beside the repository. */
public record RelationData(Path shared) {

    public Path chemProtDev() {
        return shared.resolve("data/relations/chemprot/dev.txt");
    }

    public Path bioredDev() {
        return shared.resolve("data/relations/biored/Dev.PubTator");
    }

    public Path hgnc() {
        return shared.resolve("data/lexicons/hgnc/hgnc_complete_set.txt.gz");
    }

    /** The file the documented {@code litmine lexicon import} command reads (the raw CSV gives the same lexicon). */
    public Path drugbank() {
        return shared.resolve("data/lexicons/drugbank-open-vocabulary/drugbank_vocabulary.normalized.csv");
    }

    /** True when every file above is there. */
    public boolean present() {
        return List.of(chemProtDev(), bioredDev(), hgnc(), drugbank()).stream().allMatch(Files::isRegularFile);
    }
}
