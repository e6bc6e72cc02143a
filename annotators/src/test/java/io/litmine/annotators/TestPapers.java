package io.litmine.annotators;

import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import java.util.List;
import java.util.stream.IntStream;

/** Small hand-built papers for tests. */
public final class TestPapers {

    private TestPapers() {
    }

    /** A paper whose whole text is body, with {@code referenceCount} numbered references. */
    public static Paper of(String text, int referenceCount) {
        return new Paper("test-paper", "test.txt", "test", text, List.of(), references(referenceCount), text.length());
    }

    public static List<Reference> references(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Reference.unparsed(Integer.toString(i), i, "Author " + i + ". Title " + i + ". 2020."))
                .toList();
    }
}
