package io.litmine.annotators.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryMatcherTest {

    private static Lexicon lexicon(String tsv) throws IOException {
        return Lexicon.parse(EntityType.GENE, new BufferedReader(new StringReader(tsv)), "test");
    }

    /** Whitespace tokens, as a stand-in for the tokeniser. */
    private static List<Mention> match(Lexicon lexicon, String text) {
        List<Span> tokens = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            tokens.add(new Span(m.start(), m.end()));
        }
        return new DictionaryMatcher(lexicon).match(text, tokens);
    }

    @Test
    void panelLabelsAfterFigureOrTableAreSkipped() throws IOException {
        Lexicon lexicon = lexicon("CD44\tHGNC:1681\tS1|2C\n");
        assertThat(match(lexicon, "CD44 is shown in Fig. 2C and Table S1 .")).extracting(Mention::text)
                .containsExactly("CD44");
        assertThat(match(lexicon, "Fig. 1 shows that S1 binds.")).extracting(Mention::text).containsExactly("S1");
    }

    @Test
    void guardedSynonymsNeedACueAndGenericGuardsNeedGeneWords() throws IOException {
        Lexicon lexicon = lexicon("ESR1\tHGNC:3467\tER\tcontext=breast|oestrogen\nCAT\tHGNC:1516\tCAT\tcontext=*\n");
        assertThat(match(lexicon, "ER stress in the cell .")).isEmpty();
        assertThat(match(lexicon, "ER in breast cancer .")).extracting(Mention::name).containsExactly("ESR1");
        assertThat(match(lexicon, "The CAT scan was clear .")).isEmpty();
        assertThat(match(lexicon, "CAT gene expression rose .")).extracting(Mention::name).containsExactly("CAT");
    }

    @Test
    void capitalisedSymbolsWithDigitsMatchTheirUpperCaseSymbol() throws IOException {
        Lexicon lexicon = lexicon("SP1\tHGNC:11205\tSP1\nCAT\tHGNC:1516\tCAT\n");
        assertThat(match(lexicon, "Sp1 and SP1 bind ; Cat does not .")).extracting(Mention::text).containsExactly("Sp1", "SP1");
    }

    @Test
    void unmatchedNamesAreNotSynonyms() throws IOException {
        Lexicon lexicon = lexicon("water\tDrugBank:DB09145\tPurified water\tname=unmatched\n");
        assertThat(match(lexicon, "water and purified water")).extracting(Mention::text).containsExactly("purified water");
    }

    @Test
    void definedAbbreviationsNeedTheirLettersInOrder() {
        assertThat(Abbreviations.isAbbreviationOf("DA", "dopamine")).isTrue();
        assertThat(Abbreviations.isAbbreviationOf("DOX", "doxorubicin")).isTrue();
        assertThat(Abbreviations.isAbbreviationOf("PR", "dopamine")).isFalse();
        assertThat(Abbreviations.isAbbreviationOf("n", "nitrogen")).isFalse();
    }

    @Test
    void aSpaceInTheTextMustFallWhereTheNameBreaksOrLettersMeetDigits() throws IOException {
        Lexicon lexicon = lexicon("XIAP\tHGNC:592\tXIAP|API3\nPI3K\tFPLX:PI3K\tPI3K|PI3-kinase|phosphatidylinositol 3-kinase\n"
                + "CDKN1B\tHGNC:1785\tCDKN1B|p27kip1\nIL2\tHGNC:6001\tIL2\nNFKB\tFPLX:NFkappaB\tNF-κB\n");
        assertThat(match(lexicon, "in a PI-3-kinase dependent manner")).extracting(Mention::text, Mention::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PI-3-kinase", "PI3K"));
        assertThat(match(lexicon, "p27 kip1 and IL 2 rose")).extracting(Mention::name).containsExactly("CDKN1B", "IL2");
        assertThat(match(lexicon, "API3 binds")).extracting(Mention::name).containsExactly("XIAP");
        assertThat(match(lexicon, "NF kappa B binds")).extracting(Mention::name).containsExactly("NFKB");
    }

    @Test
    void aPluralOfASeveralWordNameEndsWhereTheSingularWould() throws IOException {
        Lexicon lexicon = lexicon("PI3K\tFPLX:PI3K\tPI3K|PI3-kinase|phosphatidylinositol 3-kinase\nPI3\tHGNC:8947\tPI3\n");
        assertThat(match(lexicon, "The Class I PI-3-kinases and phosphatidylinositol 3-kinases"))
                .extracting(Mention::text).containsExactly("PI-3-kinases", "phosphatidylinositol 3-kinases");
        assertThat(match(lexicon, "PI3 is elafin")).extracting(Mention::name).containsExactly("PI3");
    }
}
