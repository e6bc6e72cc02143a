package io.litmine.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Paper;
import io.litmine.index.Fixtures;
import io.litmine.index.IndexFixtures;
import io.litmine.index.search.EvidenceSearcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One paper per work: the same work from two files is indexed once, the other file kept as an alias. */
class SameWorksTest {

    @TempDir
    Path tmp;

    /** Paper A as another file: its own id and source, with this DOI, two authors and a year. */
    private static AnnotatedPaper copy(String paperId, String source, String doi) {
        AnnotatedPaper a = Fixtures.paperA(paperId);
        Paper p = a.paper();
        Paper paper = new Paper(paperId, source, p.title(), List.of("Nagata Y", "Lan KH"), 2004, doi, p.text(),
                p.sections(), p.references(), p.bodyEnd(), List.of());
        return new AnnotatedPaper(paper, a.sentences(), a.mentions(), a.citations(), a.claims());
    }

    private Path index() {
        return tmp.resolve("index");
    }

    @Test
    void theSameDoiInOneIngestIsOnePaperTheRicherCopyKept() throws Exception {
        // JATS carries the most structure: it stays; the PDF (its DOI written in upper case) is the alias.
        AnnotatedPaper jats = copy("xml1", "/papers/a.xml", "10.1016/j.ccr.2004.06.022");
        AnnotatedPaper pdf = copy("pdf1", "/papers/a.pdf", "10.1016/J.CCR.2004.06.022");

        MergeSummary summary = IndexFixtures.index(index(), tmp.resolve("s1"), pdf, jats);

        assertThat(summary.papersAdded()).isEqualTo(1);
        assertThat(summary.papersAliased()).isEqualTo(1);
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index())) {
            assertThat(searcher.papers()).extracting(AnnotatedPaper::paperId).containsExactly("xml1");
            assertThat(searcher.claims(null)).hasSize(Fixtures.paperA().claims().size());
            assertThat(searcher.aliases()).containsExactly(Map.entry("pdf1", Map.entry("/papers/a.pdf", "xml1")));
            // The alias file counts as known: re-ingesting it finds it unchanged.
            assertThat(searcher.paperIds()).containsExactlyInAnyOrder("xml1", "pdf1");
        }
    }

    @Test
    void aRicherCopyLaterReplacesTheIndexedOneWhichBecomesItsAlias() throws Exception {
        // No DOI: title, first author and year say it is one work.
        AnnotatedPaper poor = copy("first", "/papers/a.pdf", null);
        AnnotatedPaper rich = copy("second", "/papers/a.xml", null);
        AnnotatedPaper poorAgain = copy("third", "/papers/a-copy.txt", null);

        IndexFixtures.index(index(), tmp.resolve("s1"), poor);
        MergeSummary later = IndexFixtures.index(index(), tmp.resolve("s2"), rich);
        MergeSummary last = IndexFixtures.index(index(), tmp.resolve("s3"), poorAgain);

        assertThat(later.papersAliased()).isEqualTo(1);
        assertThat(last.papersAdded()).isZero();
        try (EvidenceSearcher searcher = EvidenceSearcher.open(index())) {
            assertThat(searcher.papers()).extracting(AnnotatedPaper::paperId).containsExactly("second");
            assertThat(searcher.aliases()).containsOnlyKeys("first", "third")
                    .allSatisfy((id, alias) -> assertThat(alias.getValue()).isEqualTo("second"));
            assertThat(searcher.paperCount()).isEqualTo(1);
        }
    }

    @Test
    void differentWorksStayApartAndPapersWithoutKeysAreNeverFolded() throws Exception {
        // Same title, another first author: another work. Fixture papers without authors, year or DOI and
        // with short bodies have no key at all.
        AnnotatedPaper one = copy("x1", "/papers/x.pdf", null);
        AnnotatedPaper base = Fixtures.paperA("x2");
        Paper p = base.paper();
        AnnotatedPaper other = new AnnotatedPaper(new Paper("x2", "/papers/y.pdf", p.title(), List.of("Smith J"), 2004, null,
                p.text(), p.sections(), p.references(), p.bodyEnd(), List.of()), base.sentences(), base.mentions(), base.citations(),
                base.claims());

        IndexFixtures.index(index(), tmp.resolve("s1"), one, other, Fixtures.paperA(), Fixtures.paperB());

        try (EvidenceSearcher searcher = EvidenceSearcher.open(index())) {
            assertThat(searcher.paperCount()).isEqualTo(4);
            assertThat(searcher.aliases()).isEmpty();
        }
        assertThat(WorkIdentity.keys(Fixtures.paperA().paper())).isEmpty();
    }

    @Test
    void aPubMedIdIsAWorkKeyToo() {
        Paper p = Fixtures.paperA().paper();
        Paper withIds = new Paper("z1", "/papers/z.html", p.title(), List.of(), null, null, p.text(), p.sections(), p.references(),
                p.bodyEnd(), List.of(), new io.litmine.corpus.model.Publication("Cancer Cell", "15324695", "PMC1234567"));
        assertThat(WorkIdentity.keys(withIds)).containsExactly("pmid:15324695", "pmcid:PMC1234567");
    }
}
