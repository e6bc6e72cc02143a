package io.litmine.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The canonical names the lexicons give identifiers ({normalised id: {squashed names}}, as
 * score_claims.id_names builds it), and the names a predicted entity answers to
 * ({@code score_claims.forms}): its squashed text, each of its identifiers with and without namespace
 * ("FPLX:PI3K" → "fplxpi3k", "pi3k") and the lexicon names of each identifier.
 */
public record IdNames(Map<String, Set<String>> names) {

    public static final IdNames NONE = new IdNames(Map.of());

    public IdNames {
        names = Map.copyOf(names);
    }

    /** How many identifiers the lexicons named (the report's "N of M identifiers mapped"). */
    public int mapped() {
        return names.size();
    }

    public Set<String> forms(JsonNode name, JsonNode ident) {
        Set<String> out = new HashSet<>();
        out.add(ClaimText.squash(name));
        for (String nid : ClaimText.idSet(ident)) {
            out.add(ClaimText.squash(nid));
            out.add(ClaimText.squash(nid.substring(nid.lastIndexOf(':') + 1)));
            out.addAll(names.getOrDefault(nid, Set.of()));
        }
        out.remove("");
        return out;
    }
}
