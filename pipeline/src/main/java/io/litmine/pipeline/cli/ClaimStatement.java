package io.litmine.pipeline.cli;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim's subject–relation–object for the terminal (README, "search"): as written, then, when the
 * subject's state changes what it asserts, {@code ⇒} and the assertion about the entity itself:
 * {@code PTEN loss ACTIVATES Akt ⇒ PTEN ⊣ Akt}. The asserted relation is drawn {@code →} when it is
 * ACTIVATES or UPREGULATES, {@code ⊣} when INHIBITS or DOWNREGULATES, else by its name. States that
 * leave the relation as it is are noted after it: {@code (subject gain)}. The web page draws the same.
 */
final class ClaimStatement {

    private ClaimStatement() {
    }

    static String of(Claim c) {
        StringBuilder line = new StringBuilder()
                .append(c.subject()).append(' ').append(c.relation()).append(' ').append(c.object());
        boolean inverted = c.netRelation() != c.relation();
        if (inverted) {
            String entity = c.subjectId() != null ? c.subjectId() : c.subject();
            line.append(" ⇒ ").append(entity).append(' ').append(symbol(c.netRelation())).append(' ').append(c.object());
        }
        List<String> states = new ArrayList<>();
        if (!inverted && c.subjectState() != ArgumentState.NONE) {
            states.add("subject " + c.subjectState().label());
        }
        if (c.objectState() != ArgumentState.NONE) {
            states.add("object " + c.objectState().label());
        }
        if (!states.isEmpty()) {
            line.append("  (").append(String.join(", ", states)).append(')');
        }
        return line.toString();
    }

    /** → for the positive regulation relations, ⊣ for the negative ones, the name for every other. */
    static String symbol(Relation relation) {
        return switch (relation) {
            case ACTIVATES, UPREGULATES -> "→";
            case INHIBITS, DOWNREGULATES -> "⊣";
            default -> relation.name();
        };
    }
}
