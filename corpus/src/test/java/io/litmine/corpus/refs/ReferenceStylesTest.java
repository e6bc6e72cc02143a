package io.litmine.corpus.refs;

import static org.assertj.core.api.Assertions.assertThat;

import io.litmine.corpus.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal styles of the shared PDFs, one entry each, as Tika prints them. */
class ReferenceStylesTest {

    private final ReferenceListParser parser = new ReferenceListParser();

    private Reference one(String entry) {
        return parser.parse(entry).get(0);
    }

    @Test
    void bmcStyleColonAfterAuthorsAndCommaAfterYear() {
        Reference r = one("1. Mellows A, Barnett R, Stafford Jr TW, Larson G: The impact of past climate change on genetic variation. "
                + "Proc Biol Sci 2012, 279(1747):4568–4573.");

        assertThat(r.authors()).containsExactly("Mellows A", "Barnett R", "Stafford Jr TW", "Larson G");
        assertThat(r).extracting(Reference::title, Reference::container, Reference::year, Reference::volume,
                Reference::issue, Reference::pages)
                .containsExactly("The impact of past climate change on genetic variation", "Proc Biol Sci", 2012, "279",
                        "1747", "4568–4573");
    }

    @Test
    void mdpiStyleSemicolonAuthorsAndAbbreviatedJournal() {
        Reference r = one("2. Birzele, B.; Meier, A.; Dehne, H.W. Epidemiology of Fusarium infection in the Rhineland, Germany. "
                + "Eur. J. Plant Pathol. 2002, 108, 667–673.");

        assertThat(r.authors()).containsExactly("Birzele, B", "Meier, A", "Dehne, H.W");
        assertThat(r).extracting(Reference::title, Reference::container, Reference::year, Reference::volume, Reference::pages)
                .containsExactly("Epidemiology of Fusarium infection in the Rhineland, Germany", "Eur. J. Plant Pathol", 2002,
                        "108", "667–673");
    }

    @Test
    void authorYearStyleWithDetailsAtTheEnd() {
        Reference r = one("1. Evans BJ, Brown RM, McGuire JA, et al. (2003) Phylogenetics of fanged frogs; testing hypotheses. "
                + "Syst Biol 526: 794–819.");

        assertThat(r.authors()).containsExactly("Evans BJ", "Brown RM", "McGuire JA");
        assertThat(r).extracting(Reference::title, Reference::container, Reference::year, Reference::volume, Reference::pages)
                .containsExactly("Phylogenetics of fanged frogs; testing hypotheses", "Syst Biol", 2003, "526", "794–819");
    }

    @Test
    void booksTakeTheirTitleAsContainerAndChaptersKeepBoth() {
        List<Reference> refs = parser.parse("1. Berkes F. Sacred Ecology: Traditional Knowledge. Philadelphia: Taylor & Francis; 1999.\n\n"
                + "2. De Jong, S. Multivariate Calibration; Martens, H., Naes, T., Eds.; Wiley: New York, NY, USA, 1990.\n\n"
                + "3. Nowell K, Jackson P: Wild Cats: Status Survey and Conservation Action Plan. Gland, Switzerland: IUCN; 1996.");

        assertThat(refs).extracting(Reference::title).containsOnlyNulls();
        assertThat(refs).extracting(Reference::container).containsExactly("Sacred Ecology: Traditional Knowledge",
                "Multivariate Calibration", "Wild Cats: Status Survey and Conservation Action Plan");
        assertThat(refs).extracting(Reference::year).containsExactly(1999, 1990, 1996);
    }

    @Test
    void publisherBackMatterEndsTheList() {
        List<Reference> refs = parser.parse("1. Swofford DL: PAUP*. Sunderland: Sinauer Associates; 2002.\n\n"
                + "2. Cracraft J: Sorting out tiger. Anim Conserv 1998, 1:139–150. doi:10.1186/1471-2148-14-70 Cite this article as: "
                + "Barnett et al.: Revealing the history. BMC Evolutionary Biology 2014 14:70.\n\n"
                + "Submit your next manuscript to BioMed Central and take full advantage of: Convenient online submission");

        assertThat(refs).hasSize(2);
        assertThat(refs.get(1).raw()).isEqualTo("Cracraft J: Sorting out tiger. Anim Conserv 1998, 1:139–150.");
        assertThat(refs.get(1).doi()).isNull();
    }
}
