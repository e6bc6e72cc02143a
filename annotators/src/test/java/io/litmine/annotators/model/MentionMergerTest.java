package io.litmine.annotators.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

    private static final Lexicon GENES = Lexicon.builtIn(EntityType.GENE);

    private static Mention dict(String text, String surface, String name, String id) {
        int at = text.indexOf(surface);
        return new Mention(surface, at, at + surface.length(), EntityType.GENE, name, id);
    }

    private static Span span(String text, String surface) {
        int at = text.indexOf(surface);
        return new Span(at, at + surface.length());
    }

    @Test
    void aModelSpanTakesTheIdentityOfTheOneNameInside() {
        String text = "The HER2 extracellular domain was high.";
        List<Mention> out = new MentionMerger(GENES, MentionMerger.Policy.UNION).merge(text,
                List.of(span(text, "HER2 extracellular domain")), List.of(dict(text, "HER2", "ERBB2", "HGNC:3430")));
        assertThat(out).containsExactly(new Mention("HER2 extracellular domain", 4, 29, EntityType.GENE, "ERBB2", "HGNC:3430"));
    }

    @Test
    void wordsThatLeaveTheGeneAsItWasKeepTheLexiconSpan() {
        String text = "The human HER2 receptor and anti-HER2 monoclonal antibodies.";
        Mention first = dict(text, "HER2", "ERBB2", "HGNC:3430");
        int second = text.indexOf("HER2", first.end());
        Mention other = new Mention("HER2", second, second + 4, EntityType.GENE, "ERBB2", "HGNC:3430");
        List<Mention> out = new MentionMerger(GENES, MentionMerger.Policy.MODEL_SPANS).merge(text,
                List.of(span(text, "human HER2 receptor"), span(text, "anti-HER2 monoclonal antibodies")), List.of(first, other));
        assertThat(out).containsExactly(first, other);
    }

    @Test
    void aLongerLexiconNameAroundTheModelSpanWins() {
        String text = "Loss of phosphatase and tensin homolog was seen.";
        Mention pten = dict(text, "phosphatase and tensin homolog", "PTEN", "HGNC:9588");
        List<Mention> out = new MentionMerger(GENES, MentionMerger.Policy.MODEL_SPANS)
                .merge(text, List.of(span(text, "tensin homolog")), List.of(pten));
        assertThat(out).containsExactly(pten);
    }

    @Test
    void aSpanTheLexiconCannotNameKeepsItsSurfaceAndNoId() {
        String text = "Yeast SWI4 binds.";
        List<Mention> out = new MentionMerger(GENES, MentionMerger.Policy.UNION).merge(text, List.of(span(text, "SWI4")), List.of());
        assertThat(out).containsExactly(new Mention("SWI4", 6, 10, EntityType.GENE, "SWI4", MentionMerger.UNNORMALISED_ID));
    }

    @Test
    void aSpanOverTwoConceptsKeepsTheDictionaryMentions() {
        String text = "PI3K/Akt signalling";
        List<Mention> dictionary = List.of(dict(text, "PI3K", "PI3K", "FPLX:PI3K"), dict(text, "Akt", "AKT", "FPLX:AKT"));
        List<Mention> out = new MentionMerger(GENES, MentionMerger.Policy.UNION).merge(text, List.of(span(text, "PI3K/Akt")), dictionary);
        assertThat(out).isEqualTo(dictionary);
    }

    @Test
    void dictionaryMentionsTheModelMissedAreKeptOnlyInUnion() {
        String text = "PTEN and HER2 kinase domain";
        Mention pten = dict(text, "PTEN", "PTEN", "HGNC:9588");
        List<Mention> dictionary = List.of(pten, dict(text, "HER2", "ERBB2", "HGNC:3430"));
        List<Span> model = List.of(span(text, "HER2 kinase domain"));
        assertThat(new MentionMerger(GENES, MentionMerger.Policy.UNION).merge(text, model, dictionary))
                .extracting(Mention::text).containsExactly("PTEN", "HER2 kinase domain");
        assertThat(new MentionMerger(GENES, MentionMerger.Policy.MODEL_SPANS).merge(text, model, dictionary))
                .extracting(Mention::text).containsExactly("HER2 kinase domain");
    }
}
