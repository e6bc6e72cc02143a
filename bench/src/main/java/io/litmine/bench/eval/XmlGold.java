package io.litmine.bench.eval;

import java.util.List;
import java.util.Map;

/**
 * Gold read from publisher XML: the references in list order, and over all bibliographic callouts the
 * multiset of 1-based reference positions they name ({@code positions}: position → count), as GROBID's
 * end-to-end evaluation counts citation contexts. {@code unknown}: callout ids naming no reference.
 */
public record XmlGold(List<GoldReference> references, Map<Integer, Integer> positions, int callouts, int unknown) {
    public XmlGold {
        references = List.copyOf(references);
        positions = Map.copyOf(positions);
    }
}
