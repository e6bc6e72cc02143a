package io.litmine.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user gives (files and folders) into the sorted list of files to ingest. */
final class InputFiles {
    private InputFiles() {
    }

    static List<Path> expand(List<Path> inputs) throws IngestException {
        if (inputs.isEmpty()) {
            throw new IngestException("nothing to ingest: give at least one file or folder");
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            Path path = input.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new IngestException("no such file or folder: " + input);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new IngestException("cannot list folder " + input + ": " + e.getMessage(), e);
                }
            } else {
                files.add(path);
            }
        }
        return files.stream().distinct().toList();
    }

    /** Dot-files and anything inside a dot-folder (.git, .DS_Store) are not papers. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
