package io.litmine.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled sample papers: beside the launcher (litmine.home), or from the working folder. */
final class SampleCorpus {
    static final Path RELATIVE = Path.of("samples", "papers");

    private SampleCorpus() {
    }

    static Path locate() throws UsageException {
        String home = System.getProperty("litmine.home");
        if (home != null && Files.isDirectory(Path.of(home).resolve(RELATIVE))) {
            return Path.of(home).resolve(RELATIVE);
        }
        for (Path candidate : new Path[] {RELATIVE, Path.of("..").resolve(RELATIVE)}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new UsageException("cannot find the sample papers (samples/papers); run from the litmine folder or give --samples DIR");
    }
}
