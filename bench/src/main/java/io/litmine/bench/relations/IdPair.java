package io.litmine.bench.relations;

/** An unordered pair of two distinct gold identifiers (the script's frozenset), kept in sorted order. */
public record IdPair(String first, String second) {

    public IdPair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("an id pair is two distinct ids in order, not " + first + ", " + second);
        }
    }

    public static IdPair of(String a, String b) {
        return a.compareTo(b) < 0 ? new IdPair(a, b) : new IdPair(b, a);
    }

    @Override
    public String toString() {
        return first + " – " + second;
    }
}
