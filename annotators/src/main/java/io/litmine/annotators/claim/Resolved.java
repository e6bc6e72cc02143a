package io.litmine.annotators.claim;

import io.litmine.corpus.model.ArgumentState;
import java.util.Set;

/**
 * A parse node read as a claim argument: the {@link Argument} (entity or process), the state the
 * phrase puts it in ("loss of PTEN": loss), the effect it carries as an object ("HER2 phosphorylation":
 * + activity; null when it is named bare), and the token indexes (0-based) of the phrase's nodes, so
 * a nominal claim inside it is known to be presupposed.
 */
record Resolved(Argument argument, ArgumentState state, Effect effect, Set<Integer> nodes) {
}
