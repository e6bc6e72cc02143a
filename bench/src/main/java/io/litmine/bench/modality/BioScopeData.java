package io.litmine.bench.modality;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the BioScope corpus sits inside the shared folder beside the repository. */
public record BioScopeData(Path shared) {

    /** The biological abstracts part: 1,273 GENIA abstracts, 11,871 sentences. */
    public Path abstracts() {
        return shared.resolve("data/negation/bioscope/abstracts.xml");
    }

    public boolean present() {
        return Files.isRegularFile(abstracts());
    }
}
