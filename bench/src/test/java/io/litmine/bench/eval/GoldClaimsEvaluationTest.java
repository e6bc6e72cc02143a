package io.litmine.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litmine.annotators.lexicon.importing.LexiconImporter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The six hand-labelled JATS papers of {@code ../shared/gold/claims} through the real ingest (full
 * lexicon, imported from the shared HGNC and DrugBank copies into a temporary folder) and the claims
 * export, scored as {@code score_claims.py CLAIMS.jsonl ../shared/gold/claims} scores them; and the same
 * export scored by that script to the same figures, key by key, when Python 3 is on the path.
 */
@Tag("slow")
class GoldClaimsEvaluationTest {

    // Floors: the figures measured with the claim extractor of the day, rounded down to 2 decimals.
    // They only ever go up: raise them here as the claim extractor improves.
    // Measured 2026-12-03 with the default (union) claim extractor and the full lexicon; score_claims.py agreed.
    // Floors only go up: raise them as the extractor improves.
    /**
     * Measured P 0.4169 R 0.2565 F1 0.3176 (tp 168, fp 235, fn 487) with the shipped gene and chemical
     * models (issue 12; 0.4103/0.3145 before cell-line codes stopped being unnamed genes); with the lexicons only P 0.4459 R 0.2519 F1 0.3220. The precision, F1 and
     * sentence floors went down once, by 0.03/0.01/0.02, for BioRED pair F1 0.227 → 0.373 and ChemProt
     * recall 0.101 → 0.159 (RelationEvaluationTest): the models' new entities (genes no lexicon names)
     * are arguments of right and of wrong claims alike here. Leaving unnamed genes out measured
     * P 0.434 F1 0.319 here but BioRED F1 0.317 and ChemProt recall 0.120, so they stay in.
     * Then P 0.4502 R 0.2763 F1 0.3425 (tp 181, fp 221, fn 474) once the document's abbreviation
     * definitions outrank other synonyms (S1P is sphingosine-1-phosphate, not MBTPS1), cell lines
     * named like a synonym (HC11) and amino-acid residues stopped being entities; P 0.4663 R 0.2855
     * F1 0.3542 (tp 187) once a dictionary match's spaces had to fall where the name breaks ("a PI-3"
     * is not XIAP's API3) and plurals of several-word names matched ("PI-3-kinases"); P 0.5074
     * R 0.3145 F1 0.3883 (tp 206, fp 200, fn 449) once cell processes took one label ("migration",
     * "cancer cell migration" → cell migration), radiation and chemotherapy became the objects of
     * resistance claims, "but not Y" denied Y, "between X and Y" paired conjuncts, and more trigger verbs; P 0.5061 F1 0.3879 (fp 201) with
     * the shipped weights retrained on the new dictionary verdicts; P 0.5541 R 0.3282 F1 0.4123 (tp 215,
     * fp 173, fn 440) once assay stimuli stopped being arguments ("EGF-induced CCR1 expression": 88 of
     * the 94 claims read from such premodifiers were false), a relative clause on a predicate nominal
     * was said of the copula's subject ("PTEN is a phosphatase that inhibits AKT") and "plays a role in
     * X" was read with "in X" on the verb; P 0.5553 R 0.3298 F1 0.4138 (tp 216, fp 173) once a carrier
     * object stood for what it is of ("an impact on the processes of carcinogenesis") and a process head
     * before another became its modifier ("growth arrest"). Tried and left out: a reduced relative with a
     * preposition ("a factor implicated in cancer": six papers +1 claim, BioRED 6 false pairs) and
     * "cancer" as a process head (+2 claims, +5 false ones). P 0.5610 F1 0.4154 (fp 169) once clinical
     * outcomes ("overall survival") stopped being process arguments and "X (ABBR)-targeted" a descriptor;
     * P 0.5847 R 0.3374 F1 0.4279 (tp 221, fp 157) once mentions joined by a dash ("AKT-mTOR-STAT3
     * axis") or by "and" before a singular pathway head were one argument and a stimulus beside a
     * named passive agent stopped being one ("induced by X upon EGF stimulation"); P 0.5948 R 0.3496
     * F1 0.4404 (tp 229, fp 156) once an interaction of two named entities that a verb acts on was the
     * pair ("EGF triggered the interaction between EGFR and Src" → EGF ACTIVATES EGFR/SRC), a "/"
     * partner of a pair interacted member by member and "the interaction of X and Y" was a pair;
     * P 0.6016 R 0.3527 F1 0.4447 (tp 231, fp 153) once an entity before a sample head, with a cell
     * line's number ("SCC-25 cells"), was no argument of either extractor, "cross-talk" an interaction,
     * and a complex named as a subject ("crosstalk between X and Y is implicated in Z") said of each side;
     * P 0.6047 R 0.3573 F1 0.4491 (tp 234, fp 153) once a reduced relative on a predicate nominal was
     * said of the copula's subject and "poor prognosis" kept its "poor". Tried and left out: parsing
     * split names as one token (tp +1, fp −2 here, but BioRED pairs 120 → 118 with 6 more false ones) and
     * dropping what a verb of inquiry investigates as an aim (no change here; BioRED −1 and ChemProt −5
     * pairs the gold counts). P 0.6108 R 0.3618 F1 0.4545 (tp 237, fp 151) once a verb the tagger read as
     * a plural noun after a named subject ("EGF blocks HC11 lactogenic differentiation") was parsed as the verb.
     * P 0.6440 R 0.3618 F1 0.4633 (tp 237, fp 131) once the word-order rules took no pair the parse put in
     * another conjunct or a comparison, or across an "X-induced" modifier (ParseSupport), and a fronted
     * "In X-induced Y," stopped being a prepositional object; P 0.6459 R 0.3649 F1 0.4663 (tp 239, fp 131)
     * once a sample deprived of a gene made the gene the agent in state loss ("Sphk2-deficient mice exhibit
     * increased levels of SphK1", ManipulatedSamples) and a bare "incidence" stopped being a process;
     * P 0.6442 F1 0.4659 (fp 132) with a passive change's condition as its agent ("in the absence of X":
     * the one new claim is right but the gold writes its "Erk1/2" as MAPK); P 0.6434 R 0.3664 F1 0.4669
     * (tp 240, fp 133) with reciprocal verbs ("X and Y activate each other") and "X activation through Y";
     * P 0.6622 R 0.3771 F1 0.4805 (tp 247, fp 126) once "ERK1/2" took the family label MAPK, as the
     * guideline's family list and the gold have it; P 0.6658 R 0.3832 F1 0.4864 (tp 251, fp 126) once
     * "A and subsequently B" stayed one list (coordination-adverbs.txt); P 0.6667 R 0.3847 F1 0.4879
     * (tp 252) with "X inhibitors include A"; P 0.6774 F1 0.4907 (fp 120) once a residue ("tyrosine-705",
     * "Src-Tyr-416") stopped being an argument; P 0.6829 F1 0.4922 (fp 117) once the predicate of an
     * embedded question ("questioned whether X is sufficient for Y") stopped being asserted.
     */
    static final double CLAIM_PRECISION = 0.68;
    static final double CLAIM_RECALL = 0.38;
    static final double CLAIM_F1 = 0.49;
    /**
     * Measured 0.8958 (172 of 192) once embedded questions asked nothing; 0.8866 (172 of 194) once residues stopped being arguments; 0.8705 (168 of 193) with ParseSupport; 0.8549 (165 of 193 distinct predicted claim sentences); 0.8462 before clinical outcomes
     * stopped being arguments, 0.8182 before the stimulus rule.
     */
    static final double SENTENCE_PRECISION = 0.89;
    /** Measured 0.9258 (212 of 229 matched claims); 0.9163 before complexes; 0.8869 before the process labels. */
    static final double RELATION_ACCURACY = 0.92;
    /** Measured 0.9939 (162/163). */
    static final double NEGATED_ACCURACY = 0.99;
    /**
     * Measured 0.9920 (249/251) once a claim inside the subject of a hedge ("the finding that X ...
     * suggests") stopped being hedged; 0.9814 (211/215) before.
     */
    static final double HEDGED_ACCURACY = 0.99;
    /**
     * Measured 0.9091 (210 of the 231 matched claims, all state-annotated) once a premodifier of a
     * coordination's first conjunct was said of every conjunct ("inhibiting PI3K, Akt or mTOR"),
     * "low/absent" was a loss and "targeting X" blocked X; 0.8865 before; 0.8744 before complexes.
     */
    static final double NET_RELATION_ACCURACY = 0.90;

    private static final Logger LOG = LoggerFactory.getLogger(GoldClaimsEvaluationTest.class);
    private static final GoldClaimsData DATA = new GoldClaimsData(Path.of("..", "..", "shared"));

    @TempDir
    static Path lexicon;
    @TempDir
    static Path work;
    private static GoldClaims gold;
    private static Path export;
    private static GoldClaimsScore score;

    @BeforeAll
    static void ingestTheGoldPapers() throws Exception {
        Assumptions.assumeTrue(DATA.present(), "skipped: claim gold or lexicon sources not found under "
                + DATA.shared().toAbsolutePath().normalize() + " (../shared is not checked out)");
        new LexiconImporter().importInto(DATA.hgnc(), DATA.drugbank(), lexicon);
        gold = GoldClaims.read(DATA.gold());
        export = GoldClaimsEvaluation.exportClaims(DATA, gold, lexicon, work);
        score = GoldClaimsEvaluation.score(export, gold, DATA);
    }

    @Test
    void goldClaimsReachTheirFloors() {
        LOG.info("gold claims:\n{}", score.report());
        ClaimScores s = score.scores();
        assertThat(gold.files()).as("gold files").hasSize(6);
        assertThat(gold.docIds()).as("papers the gold names").hasSize(6);
        assertThat(s.claims().precision()).as("claim precision").isGreaterThanOrEqualTo(CLAIM_PRECISION);
        assertThat(s.claims().recall()).as("claim recall").isGreaterThanOrEqualTo(CLAIM_RECALL);
        assertThat(s.claims().f1()).as("claim F1").isGreaterThanOrEqualTo(CLAIM_F1);
        assertThat(s.sentences().precision()).as("claim-sentence precision").isGreaterThanOrEqualTo(SENTENCE_PRECISION);
        assertThat(s.relationAccuracy()).as("relation accuracy").isGreaterThanOrEqualTo(RELATION_ACCURACY);
        assertThat(s.negatedAccuracy()).as("negated accuracy").isGreaterThanOrEqualTo(NEGATED_ACCURACY);
        assertThat(s.hedgedAccuracy()).as("hedged accuracy").isGreaterThanOrEqualTo(HEDGED_ACCURACY);
        assertThat(s.netRelationAccuracy()).as("net-relation accuracy").isGreaterThanOrEqualTo(NET_RELATION_ACCURACY);
    }

    @Test
    void theReferenceScorerGivesTheSameFigures() throws Exception {
        Path script = DATA.scorer();
        Assumptions.assumeTrue(Files.isRegularFile(script) && python().isPresent(),
                "skipped: python3 or " + script + " not found, the figures are not cross-checked");
        ObjectMapper json = new ObjectMapper();
        JsonNode reference = json.readTree(lastLine(python().get(), script.toString(), export.toString(), DATA.gold().toString()));
        JsonNode ours = json.readTree(score.figures().toString());
        List<String> keys = new ArrayList<>();
        reference.fieldNames().forEachRemaining(keys::add);
        List<String> ourKeys = new ArrayList<>();
        ours.fieldNames().forEachRemaining(ourKeys::add);
        assertThat(ourKeys).as("figure keys").isEqualTo(keys);
        for (String key : keys) {
            assertThat(ours.get(key)).as("figure %s", key).isEqualTo(reference.get(key));
        }
    }

    private static Optional<String> python() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) {
                return Optional.of(Path.of(dir, "python3").toString());
            }
        }
        return Optional.empty();
    }

    /** Runs the command and returns the last line it printed (the scorer's JSON figures). */
    private static String lastLine(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "score", ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the scorer finished").isTrue();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("scorer exit status; output: %s", lines).isZero();
        LOG.info("score_claims.py:\n{}", String.join("\n", lines));
        return lines.get(lines.size() - 1);
    }
}
