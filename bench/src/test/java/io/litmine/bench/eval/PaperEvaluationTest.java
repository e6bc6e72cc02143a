package io.litmine.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperEvaluationTest {

    private static final String JATS = """
            <?xml version="1.0"?>
            <!DOCTYPE article PUBLIC "-//NLM//DTD Journal Publishing DTD v3.0 20080202//EN" "http://unreachable.invalid/x.dtd">
            <article><body><p>A <xref ref-type="bibr" rid="a">[1]</xref>, range <xref ref-type="bibr" rid="b">[2]</xref>–<xref
            ref-type="bibr" rid="d">[4]</xref>, both <xref ref-type="bibr" rid="a c">[1,3]</xref>, lost <xref ref-type="bibr" rid="zz">[9]</xref>,
            figure <xref ref-type="fig" rid="f1">1</xref>.</p></body>
            <back><ref-list>
            <ref id="a"><element-citation><person-group person-group-type="author"><name><surname>Slamon</surname><given-names>DJ</given-names></name></person-group>
              <article-title>Use of chemotherapy</article-title><source>N Engl J Med</source><year>2001</year><volume>344</volume><fpage>783</fpage></element-citation></ref>
            <ref id="b"><mixed-citation><name><surname>Nagata</surname></name> (<year>2004</year>) <article-title>PTEN activation</article-title>.
              <source>Cancer Cell</source> <volume>6</volume>: <fpage>117</fpage>.</mixed-citation></ref>
            <ref id="c"><mixed-citation>Untagged reference.</mixed-citation></ref>
            <ref id="d"><element-citation><collab>WHO</collab><source>Report</source><year>2010</year></element-citation></ref>
            </ref-list></back></article>
            """;

    @Test
    void readsGoldPositionsWithRangesAndMultipleIds(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("paper.xml"), JATS);
        XmlGold gold = XmlGoldParser.parse(xml);
        assertThat(gold.references()).hasSize(4);
        assertThat(gold.references().get(0)).isEqualTo(new GoldReference("Slamon", "Use of chemotherapy", "N Engl J Med", "2001", "344", "783"));
        assertThat(gold.references().get(3).firstAuthor()).isEqualTo("WHO");
        assertThat(gold.references().get(2).untagged()).isTrue();
        // [1] + [2]–[4] (2,3,4) + [1,3]; [9] names no reference; the figure is no callout
        assertThat(gold.positions()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(1, 2, 2, 1, 3, 2, 4, 1));
        assertThat(gold.callouts()).isEqualTo(5);
        assertThat(gold.unknown()).isEqualTo(1);
    }

    @Test
    void scoresResolutionCountsAndFields(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("paper.xml"), JATS);
        // Predicted: 1, 2,3,4, 1 (3 missed), and a false 2: tp=5 fp=1 fn=1.
        String paper = """
                {"paperId":"abc","source":"/data/paper.pdf","references":[
                 {"label":"1","index":1,"authors":["Slamon DJ"],"title":"Use of chemotherapy.","container":"N. Engl. J. Med.","year":2001,"volume":"344","pages":"783-792"},
                 {"label":"2","index":2,"authors":["Nagata Y"],"title":"PTEN activation","container":"Cancer Cell","year":2005,"volume":"6","pages":"117"},
                 {"label":"3","index":3,"authors":[],"title":"Untagged reference"},
                 {"label":"4","index":4,"authors":["WHO"],"title":"Report","container":null,"year":2010}],
                 "citations":[{"marker":"[1]","resolved":[1]},{"marker":"[2]–[4]","resolved":[2,3,4]},{"marker":"[1,3]","resolved":[1]},
                  {"marker":"(2)","resolved":[2]}]}
                {"paperId":"other","source":"elsewhere.pdf","references":[],"citations":[]}
                """;
        // one object per line: the continuation lines above are joined
        Path jsonl = Files.writeString(dir.resolve("papers.jsonl"), paper.replaceAll("\n\\s+", " "));
        PaperEvaluation eval = PaperEvaluation.run(jsonl, dir);
        assertThat(eval.papers()).hasSize(1);
        PaperScore p = eval.papers().get(0);
        assertThat(p.predicted()).isTrue();
        assertThat(p.refCountExact()).isTrue();
        assertThat(eval.resolution()).isEqualTo(new Prf(5, 1, 1));
        assertThat(eval.resolution().f1()).isCloseTo(5.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        // Fields: ref 1 all 6 right; ref 2: year wrong (fp+fn), 4 right, and its pages right; ref 3 skipped (untagged gold);
        // ref 4: author right, title predicted but gold has none (fp), container missing (fn), year right.
        assertThat(eval.referenceField(Field.YEAR)).isEqualTo(new Prf(2, 1, 1));
        assertThat(eval.referenceField(Field.TITLE)).isEqualTo(new Prf(2, 1, 0));
        assertThat(eval.referenceField(Field.CONTAINER)).isEqualTo(new Prf(2, 0, 1));
        assertThat(eval.referenceFields()).isEqualTo(new Prf(6 + 5 + 2, 2, 2));
        assertThat(p.refsAllRight()).isEqualTo(1);
        assertThat(p.refsScored()).isEqualTo(3);
        assertThat(p.refsUntagged()).isEqualTo(1);
    }

    @Test
    void aGoldPaperWithoutPredictionCountsAsAllMissed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("paper.xml"), JATS);
        Path jsonl = Files.writeString(dir.resolve("papers.jsonl"), "{\"paperId\":\"x\",\"source\":\"y.pdf\"}\n");
        PaperEvaluation eval = PaperEvaluation.run(jsonl, dir.resolve("paper.xml"));
        assertThat(eval.missing()).isEqualTo(1);
        assertThat(eval.refCountsExact()).isZero();
        assertThat(eval.resolution()).isEqualTo(new Prf(0, 0, 6));
    }

    @Test
    void matchesFieldsSoftly() {
        assertThat(FieldMatch.matches(Field.PAGES, "610-21", "610-621")).isTrue();
        assertThat(FieldMatch.matches(Field.PAGES, "610", "611")).isFalse();
        assertThat(FieldMatch.matches(Field.FIRST_AUTHOR, "Slamon DJ", "Slamon")).isTrue();
        assertThat(FieldMatch.matches(Field.TITLE, "TGF-α signalling", "TGF alpha signalling")).isTrue();
        assertThat(FieldMatch.matches(Field.CONTAINER, "Clin. Breast-Cancer", "Clin Breast Cancer")).isTrue();
        assertThat(FieldMatch.matches(Field.CONTAINER, "Cancer", "Cancer Cell")).isFalse();
    }
}
