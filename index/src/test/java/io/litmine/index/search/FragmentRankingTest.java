package io.litmine.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Relation;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fragment or variant named in the query (p95HER2, the truncated ERBB2) finds every claim of its
 * parent gene, as the lexicon resolves it, but ranks the claims that mention the fragment itself first.
 */
class FragmentRankingTest {

    private static final EntityResolver FRAGMENTS = (type, surface) -> type == EntityType.GENE
            && Set.of("p95her2", "her2", "erbb2").contains(surface.toLowerCase(java.util.Locale.ROOT)) ? Set.of("ERBB2") : Set.of();

    @TempDir
    Path tmp;

    @Test
    void claimsNamingTheFragmentComeBeforeClaimsOfTheParentGeneOnly() throws Exception {
        IndexFixtures.index(tmp.resolve("index"), tmp.resolve("shard"), Fixtures.paper("F1", "corpus/f.txt", "Fragments",
                "Results", List.of(), List.of(
                        claim("HER2 activates HER2 signalling through HER2 dimers in HER2 amplified tumours."),
                        claim("HER2 activates AKT and HER2 activates ERK."),
                        claim("p95HER2 activates AKT in the tumours."),
                        claim("HER2 activates mTOR."))));
        try (EvidenceSearcher searcher = EvidenceSearcher.open(tmp.resolve("index"), FRAGMENTS)) {
            List<String> sentences = searcher.search(SearchRequest.of("p95HER2").withLimit(10)).hits().stream().map(h -> h.claim().sentence()).toList();
            assertThat(sentences).hasSize(4);
            assertThat(sentences.get(0)).startsWith("p95HER2");
        }
    }

    private static Fixtures.ClaimSpec claim(String sentence) {
        String object = sentence.contains("AKT") ? "AKT" : sentence.contains("mTOR") ? "mTOR" : "HER2 signalling";
        String subject = sentence.startsWith("p95HER2") ? "p95HER2" : "HER2";
        return new Fixtures.ClaimSpec(sentence, subject, "ERBB2", Relation.ACTIVATES, object, object.equals("HER2 signalling") ? "ERBB2" : object,
                false, false, Evidence.IN_VITRO, Mechanism.values()[0], List.of("ERBB2"), List.of(), List.of(), List.of(),
                ArgumentState.NONE, ArgumentState.NONE);
    }
}
