package io.litmine.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    @Test
    void builtInLexiconsHaveTheCuratedCoverage() {
        Lexicon genes = Lexicon.builtIn(EntityType.GENE);
        Lexicon drugs = Lexicon.builtIn(EntityType.DRUG);
        assertThat(genes.size()).isGreaterThanOrEqualTo(150);
        assertThat(drugs.size()).isGreaterThanOrEqualTo(60);
        assertThat(genes.entries()).allMatch(e -> e.id().matches("HGNC:\\d+|FPLX:\\w+"));
        assertThat(drugs.entries()).allMatch(e -> e.id().matches("DrugBank:DB\\d{5}|MESH:D\\d{6}"));
        assertThat(drugs.entries()).allMatch(e -> e.name().equals(e.name().toLowerCase()));
    }

    @Test
    void lookupFoldsCaseOnlyForLongNames() {
        Lexicon genes = Lexicon.builtIn(EntityType.GENE);
        assertThat(genes.lookup("her2")).map(LexiconEntry::name).contains("ERBB2");
        assertThat(genes.lookup("ER")).map(LexiconEntry::name).contains("ESR1");
        assertThat(genes.lookup("er")).isEmpty();
        assertThat(genes.lookup("Er")).isEmpty();
        assertThat(genes.lookup("hers")).isEmpty();
        assertThat(genes.lookup("Oestrogen Receptor")).map(LexiconEntry::name).contains("ESR1");
        assertThat(genes.lookup("TGF-𝛼")).map(LexiconEntry::name).contains("TGFA");
    }

    @Test
    void loadsALexiconDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("genes.tsv"), "# test\nFOO1\tHGNC:1\tfoo-one|Foo 1\n");
        Files.writeString(dir.resolve("drugs.tsv"), "foomab\tDrugBank:DB99999\tFoomax\n");
        Lexicon genes = Lexicon.load(EntityType.GENE, dir);
        assertThat(genes.size()).isEqualTo(1);
        assertThat(genes.lookup("FOO 1")).map(LexiconEntry::id).contains("HGNC:1");
        assertThat(Lexicon.load(EntityType.DRUG, dir).lookup("foomax")).map(LexiconEntry::name).contains("foomab");
    }

    @Test
    void malformedLinesNameTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("genes.tsv");
        Files.writeString(file, "# ok\nonly-a-name\n");
        assertThatThrownBy(() -> Lexicon.fromFile(EntityType.GENE, file))
                .isInstanceOf(LexiconException.class).hasMessageContaining("genes.tsv:2");
    }

    @Test
    void excludedTokensCannotBeMatchedOrBridged() {
        DictionaryMatcher matcher = new DictionaryMatcher(Lexicon.builtIn(EntityType.GENE));
        String text = "MUC 4 here";
        List<Mention> all = matcher.match(text, List.of(new Span(0, 3), new Span(4, 5), new Span(6, 10)));
        assertThat(all).extracting(Mention::text).containsExactly("MUC 4");
        List<Mention> without = matcher.match(text, List.of(new Span(0, 3), new Span(6, 10)));
        assertThat(without).isEmpty();
    }
}
