package io.litmine.annotators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Relation;
import io.litmine.corpus.model.Section;
import io.litmine.corpus.model.Sentence;
import java.io.IOException;
import io.litmine.annotators.model.ModelChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small hand-built paper through the whole adapter: sections, body, reference list. Headings are
 * followed by a blank line, as the cleaned text has them: with {@code newlineIsSentenceBreak=two} a
 * single newline would join a heading to the first sentence under it.
 */
class PaperAnnotatorTest {

    private static final String ABSTRACT = "Abstract\n\nTrastuzumab is directed against HER2.\n\n";
    private static final String RESULTS = "Results\n\nPTEN deficiency results in constitutive PI3K/Akt activation (2). "
            + "MUC4 may obstruct the binding of trastuzumab [1, 3].\n\n";
    private static final String REFERENCES = "References\n1. Modi S. Trastuzumab deruxtecan. N Engl J Med. 2020;382(7):610-21.\n"
            + "2. Nagata Y. PTEN activation. Cancer Cell. 2004;6(2):117-27.\n";
    private static final String TEXT = ABSTRACT + RESULTS + REFERENCES;
    private static final int BODY_END = ABSTRACT.length() + RESULTS.length();

    private static PaperAnnotator annotator;
    private static AnnotatedPaper annotated;

    @BeforeAll
    static void annotateOnce() {
        annotator = SharedPipeline.get();
        List<Section> sections = List.of(
                new Section("Abstract", 0, ABSTRACT.length()),
                new Section("Results", ABSTRACT.length(), BODY_END),
                new Section("References", BODY_END, TEXT.length()));
        List<Reference> references = List.of(
                Reference.unparsed("1", 1, "Modi S. Trastuzumab deruxtecan. N Engl J Med. 2020;382(7):610-21."),
                Reference.unparsed("2", 2, "Nagata Y. PTEN activation. Cancer Cell. 2004;6(2):117-27."));
        annotated = annotator.annotate(new Paper("paper-1", "paper-1.txt", "A test", TEXT, sections, references, BODY_END));
    }

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    @Test
    void sentencesCarryOffsetsIntoThePaperTextAndTheirSection() {
        assertThat(annotated.sentences()).extracting(Sentence::text, Sentence::section).containsExactly(
                tuple("Abstract", "Abstract"),
                tuple("Trastuzumab is directed against HER2.", "Abstract"),
                tuple("Results", "Results"),
                tuple("PTEN deficiency results in constitutive PI3K/Akt activation (2).", "Results"),
                tuple("MUC4 may obstruct the binding of trastuzumab [1, 3].", "Results"));
        assertThat(annotated.sentences()).allSatisfy(s -> assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(annotated.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void mentionsAreGenesAndDrugsInReadingOrder() {
        assertThat(annotated.mentions()).extracting(Mention::text, Mention::start, Mention::type, Mention::name).containsExactly(
                tuple("Trastuzumab", at("Trastuzumab is"), EntityType.DRUG, "trastuzumab"),
                tuple("HER2", at("HER2."), EntityType.GENE, "ERBB2"),
                tuple("PTEN", at("PTEN deficiency"), EntityType.GENE, "PTEN"),
                tuple("PI3K", at("PI3K/Akt"), EntityType.GENE, "PI3K"),
                tuple("Akt", at("Akt activation"), EntityType.GENE, "AKT"),
                tuple("MUC4", at("MUC4"), EntityType.GENE, "MUC4"),
                tuple("trastuzumab", at("trastuzumab [1"), EntityType.DRUG, "trastuzumab"));
        // Nothing is taken from the reference list ("Trastuzumab deruxtecan", "PTEN activation").
        assertThat(annotated.mentions()).allMatch(m -> m.end() <= BODY_END);
    }

    @Test
    void citationsResolveAgainstTheReferenceList() {
        assertThat(annotated.citations()).extracting(Citation::marker, Citation::start, Citation::labels,
                Citation::resolved, Citation::unresolved).containsExactly(
                tuple("(2)", at("(2)"), List.of("2"), List.of(2), List.of()),
                tuple("[1, 3]", at("[1, 3]"), List.of("1", "3"), List.of(1), List.of("3")));
        assertThat(annotated.unresolvedLabels()).containsExactly("3");
    }

    @Test
    void claimsComeWithTheirSentenceSectionAndCitations() {
        List<Claim> claims = annotated.claims();
        assertThat(claims).extracting(Claim::subjectId, Claim::relation, Claim::objectId, Claim::hedged,
                Claim::section, Claim::citations, Claim::unresolved).containsExactly(
                tuple("trastuzumab", Relation.BINDS, "ERBB2", false, "Abstract", List.of(), List.of()),
                tuple("PTEN", Relation.ACTIVATES, "PI3K/AKT", false, "Results", List.of(2), List.of()),
                tuple("MUC4", Relation.INHIBITS, "trastuzumab", true, "Results", List.of(1), List.of("3")));
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.paperId()).isEqualTo("paper-1");
            assertThat(TEXT.substring(c.start(), c.end())).isEqualTo(c.sentence());
        });
    }

    @Test
    void aLexiconDirectoryReplacesTheBuiltInLexicon(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("genes.tsv"), "MUC4\tHGNC:7514\tMUC4\n");
        Files.writeString(dir.resolve("drugs.tsv"), "# no drugs\n");
        // Without the models, only the lexicon tags: HER2 and trastuzumab are not in it.
        PaperAnnotator custom = new PaperAnnotator(new AnnotatorConfig(dir, ModelChoice.NONE));
        AnnotatedPaper paper = custom.annotate(TestPapers.of("MUC4 masks HER2 and reduces trastuzumab binding.", 0));
        assertThat(paper.mentions()).extracting(Mention::name).containsExactly("MUC4");
        // The gene model finds what the lexicon lacks, unnamed (PubTator's "-"), and names what it has.
        AnnotatedPaper modelled = new PaperAnnotator(new AnnotatorConfig(dir)).annotate(
                TestPapers.of("MUC4 masks HER2 and reduces trastuzumab binding.", 0));
        assertThat(modelled.mentions()).filteredOn(m -> m.type() == io.litmine.corpus.model.EntityType.GENE)
                .extracting(Mention::text, Mention::id).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MUC4", "HGNC:7514"), org.assertj.core.groups.Tuple.tuple("HER2", "-"));
    }

    @Test
    void aLexiconDirectoryWithoutItsFilesIsRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> new PaperAnnotator(new AnnotatorConfig(dir)))
                .isInstanceOf(io.litmine.annotators.lexicon.LexiconException.class).hasMessageContaining("genes.tsv");
    }

    @Test
    void aHeadingIsNeverParsed() {
        // A title names a topic and asserts nothing: the selective parse leaves it, the sentence after it is parsed.
        PaperAnnotator annotator = SharedPipeline.get();
        long before = annotator.parsedSentences();
        annotator.annotate(TestPapers.of("Effect of PTEN loss on AKT activation in HER2 tumours\n\n"
                + "Loss of PTEN activates AKT signalling.", 0));
        assertThat(annotator.parsedSentences() - before).isEqualTo(1);
    }
}
