package io.litmine.corpus.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.litmine.corpus.model.MarkedCallout;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleXmlReaderTest {

    private static final String DOCTYPE = "<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 20151215//EN\" "
            + "\"http://unreachable.invalid/JATS-journalpublishing1.dtd\">\n";

    private static final String REFS = """
            <back><ack><p>We thank the reviewers.</p></ack><ref-list><title>References</title>
              <ref id="r1"><label>1</label><element-citation publication-type="journal">
                <person-group person-group-type="author"><name><surname>Slamon</surname><given-names>Dennis J.</given-names></name>
                <name><surname>Leyland-Jones</surname><given-names>B</given-names></name></person-group>
                <article-title>Use of chemotherapy plus a monoclonal antibody against HER2</article-title>
                <source>N Engl J Med</source><year>2001</year><volume>344</volume><issue>11</issue>
                <fpage>783</fpage><lpage>792</lpage><pub-id pub-id-type="doi">10.1056/NEJM200103153441101</pub-id>
                <pub-id pub-id-type="pmid">11248153</pub-id></element-citation></ref>
              <ref id="r2"><label>2</label><mixed-citation publication-type="journal"><name><surname>Nagata</surname>
                <given-names>Y</given-names></name> (<year>2004</year>) <article-title>PTEN activation</article-title>.
                <source>Cancer Cell</source> <volume>6</volume>: <fpage>117</fpage>–<lpage>127</lpage>.</mixed-citation></ref>
              <ref id="r3"><label>3</label><element-citation publication-type="book"><person-group person-group-type="editor">
                <name><surname>Editor</surname><given-names>E</given-names></name></person-group>
                <chapter-title>A chapter</chapter-title><source>A book</source><year>1999</year></element-citation></ref>
              <ref id="r4"><label>4</label><mixed-citation>Fourth reference.</mixed-citation></ref>
              <ref id="r5"><label>5</label><mixed-citation>Fifth reference.</mixed-citation></ref>
            </ref-list></back>""";

    private static Paper jats(String body) throws ArticleXmlException {
        String xml = DOCTYPE + """
                <article xmlns:xlink="http://www.w3.org/1999/xlink" dtd-version="1.1"><front>
                <journal-meta><journal-title-group><journal-title>PLoS  ONE</journal-title></journal-title-group></journal-meta>
                <article-meta>
                <article-id pub-id-type="pmid">25551234</article-id>
                <article-id pub-id-type="pmc">4281234</article-id>
                <article-id pub-id-type="doi">10.1371/journal.pone.0000001</article-id>
                <title-group><article-title>HER2 and p27<sup>Kip1</sup></article-title></title-group>
                <contrib-group><contrib contrib-type="author"><name><surname>Doe</surname><given-names>Jane</given-names></name></contrib></contrib-group>
                <pub-date pub-type="epub"><day>1</day><month>2</month><year>2015</year></pub-date>
                <abstract><p>An abstract.</p></abstract></article-meta></front>
                <body>""" + body + "</body>" + REFS + "</article>";
        return read(xml);
    }

    private static Paper read(String xml) throws ArticleXmlException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        XmlDialect dialect = XmlDialect.detect(bytes).orElseThrow();
        return new ArticleXmlReader().read(dialect, "id", "test.xml", bytes);
    }

    @Test
    void readsMetadataSectionsAndFlattenedText() throws Exception {
        Paper p = jats("<sec><title>Introduction</title><p>Loss of p27<sup>Kip1</sup>\n   matters.</p>"
                + "<sec><title>Details</title><p>More text.</p></sec></sec><sec><title>Discussion</title><p>End.</p></sec>");
        assertThat(p.title()).isEqualTo("HER2 and p27Kip1");
        assertThat(p.authors()).containsExactly("Jane Doe");
        assertThat(p.year()).isEqualTo(2015);
        assertThat(p.doi()).isEqualTo("10.1371/journal.pone.0000001");
        assertThat(p.publication()).isEqualTo(new io.litmine.corpus.model.Publication("PLoS ONE", "25551234", "PMC4281234"));
        assertThat(p.body()).startsWith("HER2 and p27Kip1\n\nAbstract\n\nAn abstract.\n\nIntroduction\n\nLoss of p27Kip1 matters.\n\nDetails");
        assertThat(p.sections()).extracting(s -> s.heading())
                .containsExactly("Title", "Abstract", "Introduction", "Details", "Discussion", "Acknowledgments", "References");
        var intro = p.sections().get(2);
        assertThat(p.text().substring(intro.start(), intro.end())).isEqualTo("Introduction\n\nLoss of p27Kip1 matters.");
        // back matter prose is body; the reference list is not
        assertThat(p.body()).endsWith("We thank the reviewers.");
        assertThat(p.text().substring(p.bodyEnd())).startsWith("\n\nReferences\n\n1. Slamon Dennis J.");
    }

    @Test
    void readsBothCitationStyles() throws Exception {
        Paper p = jats("<p>Text.</p>");
        assertThat(p.references()).hasSize(5);
        Reference r1 = p.references().get(0);
        assertThat(r1).isEqualTo(new Reference("1", 1, r1.raw(), java.util.List.of("Slamon DJ", "Leyland-Jones B"),
                "Use of chemotherapy plus a monoclonal antibody against HER2", "N Engl J Med", 2001, "344", "11", "783-792",
                "10.1056/NEJM200103153441101", "11248153"));
        Reference r2 = p.references().get(1);
        assertThat(r2.authors()).containsExactly("Nagata Y");
        assertThat(r2.raw()).isEqualTo("Nagata Y (2004) PTEN activation. Cancer Cell 6: 117–127.");
        assertThat(r2.pages()).isEqualTo("117-127");
        Reference r3 = p.references().get(2);
        assertThat(r3.authors()).as("editors are not authors").containsExactly("Editor E");
        assertThat(r3.title()).isEqualTo("A chapter");
        assertThat(r3.container()).isEqualTo("A book");
    }

    @Test
    void linksCalloutsRangesAndMultipleIds() throws Exception {
        Paper p = jats("<p>One <xref ref-type=\"bibr\" rid=\"r1\">[1]</xref>; a range "
                + "<xref ref-type=\"bibr\" rid=\"r2\">[2]</xref>–<xref ref-type=\"bibr\" rid=\"r4\">[4]</xref>; "
                + "both [<xref ref-type=\"bibr\" rid=\"r1 r5\">1,5</xref>]; hidden [<xref ref-type=\"bibr\" rid=\"r1\">1</xref>"
                + "<xref ref-type=\"bibr\" rid=\"r2\"/><xref ref-type=\"bibr\" rid=\"r3\"/>-<xref ref-type=\"bibr\" rid=\"r5\">5</xref>]; "
                + "dangling <xref ref-type=\"bibr\" rid=\"nope\">[9]</xref>; a figure <xref ref-type=\"fig\" rid=\"f1\">Figure 1</xref>.</p>");
        assertThat(p.markedCallouts()).extracting(MarkedCallout::marker)
                .containsExactly("[1]", "[2]–[4]", "[1,5]", "[1-5]", "[9]");
        assertThat(p.markedCallouts()).extracting(MarkedCallout::resolved).containsExactly(
                java.util.List.of(1), java.util.List.of(2, 3, 4), java.util.List.of(1, 5), java.util.List.of(1, 2, 3, 4, 5),
                java.util.List.of());
        MarkedCallout range = p.markedCallouts().get(1);
        assertThat(range.labels()).containsExactly("2", "3", "4");
        assertThat(p.text().substring(range.start(), range.end())).isEqualTo("[2]–[4]");
        assertThat(p.markedCallouts().get(4).unresolved()).containsExactly("nope");
    }

    @Test
    void keepsFiguresOutOfTheRunningTextButInTheBody() throws Exception {
        Paper p = jats("<sec><title>Results</title><p>Before <fig id=\"f1\"><label>Figure 1</label><caption><title>A title.</title>"
                + "<p>As in <xref ref-type=\"bibr\" rid=\"r2\">[2]</xref>.</p></caption><graphic xlink:href=\"x.tif\"/></fig>after.</p>"
                + "<table-wrap id=\"t1\"><label>Table 1</label><table><tr><td>a</td><td>b <xref ref-type=\"bibr\" rid=\"r3\">[3]</xref></td></tr></table></table-wrap></sec>");
        assertThat(p.body()).contains("Before after.");
        assertThat(p.sections()).extracting(s -> s.heading()).contains("Figure 1", "Table 1");
        var figure = p.sections().stream().filter(s -> s.heading().equals("Figure 1")).findFirst().orElseThrow();
        assertThat(p.text().substring(figure.start(), figure.end())).isEqualTo("Figure 1\n\nA title.\n\nAs in [2].");
        assertThat(p.markedCallouts()).extracting(MarkedCallout::resolved).containsExactly(java.util.List.of(2), java.util.List.of(3));
        assertThat(p.markedCallouts()).allMatch(c -> c.end() <= p.bodyEnd());
    }

    @Test
    void neverFetchesTheRemoteDtd() throws Exception {
        // The DOCTYPE names an unreachable host: a fetch would fail (or hang), so parsing at all proves it was not fetched.
        Paper p = jats("<p>Offline.</p>");
        assertThat(p.body()).contains("Offline.");
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<article dtd-version=\"1.1\"><front><article-meta><title-group><article-title>T</article-title></title-group>"
                + "</article-meta></front><body><p>Leak: &x;</p></body></article>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(ArticleXmlException.class)
                .hasMessageContaining("external entity 'x'").hasMessageNotContaining("root:");
    }

    @Test
    void detectsDialectsByContentNotName() {
        assertThat(XmlDialect.detect((DOCTYPE + "<article><body/></article>").getBytes(StandardCharsets.UTF_8))).contains(XmlDialect.JATS);
        assertThat(XmlDialect.detect("<article xmlns=\"http://jats.nlm.nih.gov\"/>".getBytes(StandardCharsets.UTF_8))).contains(XmlDialect.JATS);
        assertThat(XmlDialect.detect("<?xml version='1.0'?>\n<!DOCTYPE art SYSTEM 'http://www.biomedcentral.com/xml/article.dtd'>\n<art/>"
                .getBytes(StandardCharsets.UTF_8))).contains(XmlDialect.BMC_ART);
        assertThat(XmlDialect.detect("<article><p>a blog post</p></article>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(XmlDialect.detect("<html><body/></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(XmlDialect.detect("plain text".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void readsBmcArt() throws Exception {
        String xml = "<?xml version='1.0'?>\n<!DOCTYPE art SYSTEM 'http://unreachable.invalid/article.dtd'>\n<art><fm><bibl><title><p>Lions</p></title>"
                + "<aug><au><snm>Barnett</snm><fnm>R</fnm></au></aug><pubdate>2014</pubdate></bibl></fm>"
                + "<bdy><sec><st><p>Background</p></st><p>Change <abbrgrp><abbr bid=\"B1\">1</abbr><abbr bid=\"B2\">2</abbr></abbrgrp>. "
                + "Bone <abbrgrp><abbr bid=\"B2\">2</abbr></abbrgrp>.</p></sec></bdy>"
                + "<bm><refgrp><bibl id=\"B1\"><title><p>Arctic fox</p></title><aug><au><snm>Mellows</snm><fnm>TH</fnm></au></aug>"
                + "<source>Proc Biol Sci</source><pubdate>2012</pubdate><volume>279</volume><fpage>4568</fpage><lpage>4573</lpage></bibl>"
                + "<bibl id=\"B2\"><title><p>Other</p></title><source>Nature</source><pubdate>2007</pubdate></bibl></refgrp></bm></art>";
        Paper p = read(xml);
        assertThat(p.title()).isEqualTo("Lions");
        assertThat(p.body()).contains("Background\n\nChange [1,2]. Bone [2].");
        assertThat(p.markedCallouts()).extracting(MarkedCallout::resolved).containsExactly(java.util.List.of(1, 2), java.util.List.of(2));
        assertThat(p.references().get(0).authors()).containsExactly("Mellows TH");
        assertThat(p.references().get(0).pages()).isEqualTo("4568-4573");
    }
}
