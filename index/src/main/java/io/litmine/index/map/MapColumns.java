package io.litmine.index.map;

import io.litmine.corpus.model.Claim;
import java.util.Locale;

/**
 * What the heat map's columns are: the relation as written, the net relation (what the claim asserts
 * about its subject's entity) or the mechanism class. {@link #param()} is the search filter that
 * selects one column's claims ({@code relation}, {@code netRelation}, {@code mechanism}), so a cell's
 * count is what a search with that gene and that filter finds.
 */
public enum MapColumns {
    RELATION("relation"),
    NET_RELATION("netRelation"),
    MECHANISM("mechanism");

    private final String param;

    MapColumns(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    String of(Claim claim) {
        return switch (this) {
            case RELATION -> claim.relation().name();
            case NET_RELATION -> claim.netRelation().name();
            case MECHANISM -> claim.mechanism().name();
        };
    }

    /** By its parameter name or enum name, any case; an IllegalArgumentException naming the choices. */
    public static MapColumns fromName(String name) {
        String n = name == null ? "" : name.strip().replace("-", "_").replace(" ", "_");
        for (MapColumns c : values()) {
            if (c.param.equalsIgnoreCase(n.replace("_", "")) || c.name().equalsIgnoreCase(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("columns must be relation, netRelation or mechanism, got '" + name + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
