package io.litmine.index.search;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.CitationCheck;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import java.util.List;

/**
 * Restrictions on a search besides its query text. Genes and drugs may be given by any synonym
 * ({@link EntityResolver}); every gene and every drug listed must be in the claim. Within each
 * other dimension any listed value matches (a facet's values are alternatives); across dimensions
 * all must hold. Null booleans and empty lists do not restrict. {@code relations} are as written,
 * {@code netRelations} what the claims assert about their subjects' entities
 * ({@code Claim.netRelation()}); {@code states} match a claim whose subject or object has one of them
 * (LOSS, GAIN, MUTANT; NONE is not a filter value).
 */
public record SearchFilters(
        List<String> genes,
        List<String> drugs,
        List<Mechanism> mechanisms,
        List<Relation> relations,
        List<Evidence> evidence,
        List<String> years,
        List<String> sections,
        Boolean hedged,
        Boolean negated,
        List<CitationCheck> citationChecks,
        List<Relation> netRelations,
        List<ArgumentState> states) {

    public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), null, null, List.of(), List.of(), List.of());

    public SearchFilters {
        genes = copy(genes);
        drugs = copy(drugs);
        mechanisms = copy(mechanisms);
        relations = copy(relations);
        evidence = copy(evidence);
        years = copy(years);
        sections = copy(sections);
        citationChecks = copy(citationChecks);
        netRelations = copy(netRelations);
        states = copy(states);
        if (states.contains(ArgumentState.NONE)) {
            throw new IllegalArgumentException("a state filter is loss, gain or mutant, not none");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public SearchFilters withGenes(List<String> values) {
        return new SearchFilters(values, drugs, mechanisms, relations, evidence, years, sections, hedged, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withDrugs(List<String> values) {
        return new SearchFilters(genes, values, mechanisms, relations, evidence, years, sections, hedged, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withMechanisms(List<Mechanism> values) {
        return new SearchFilters(genes, drugs, values, relations, evidence, years, sections, hedged, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withRelations(List<Relation> values) {
        return new SearchFilters(genes, drugs, mechanisms, values, evidence, years, sections, hedged, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withEvidence(List<Evidence> values) {
        return new SearchFilters(genes, drugs, mechanisms, relations, values, years, sections, hedged, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withYears(List<String> values) {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, values, sections, hedged, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withSections(List<String> values) {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, years, values, hedged, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withHedged(Boolean value) {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, years, sections, value, negated,
                citationChecks, netRelations, states);
    }

    public SearchFilters withNegated(Boolean value) {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, years, sections, hedged, value,
                citationChecks, netRelations, states);
    }

    /** Only claims whose citation check (title-supported, unverified, none) is one of these. */
    public SearchFilters withCitationChecks(List<CitationCheck> values) {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, years, sections, hedged, negated,
                values, netRelations, states);
    }

    /** Only claims whose net relation (what they assert about the subject's entity) is one of these. */
    public SearchFilters withNetRelations(List<Relation> values) {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, years, sections, hedged, negated,
                citationChecks, values, states);
    }

    /** Only claims whose subject or object has one of these states (not NONE). */
    public SearchFilters withStates(List<ArgumentState> values) {
        return new SearchFilters(genes, drugs, mechanisms, relations, evidence, years, sections, hedged, negated,
                citationChecks, netRelations, values);
    }

    /** The state a {@code state} filter value names: loss, gain or mutant (any case), else an IllegalArgumentException. */
    public static ArgumentState state(String label) {
        String v = label == null ? "" : label.strip();
        for (ArgumentState state : ArgumentState.values()) {
            if (state != ArgumentState.NONE && state.label().equalsIgnoreCase(v)) {
                return state;
            }
        }
        throw new IllegalArgumentException("state must be loss, gain or mutant, got '" + label + "'");
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.toString().isBlank()).toList();
    }
}
