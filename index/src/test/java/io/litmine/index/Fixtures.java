package io.litmine.index;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Reference;
import io.litmine.corpus.model.Relation;
import io.litmine.corpus.model.Section;
import io.litmine.corpus.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Hand-built papers for the index tests: small, but with every kind of content the model has. */
public final class Fixtures {

    public static final String SOURCE_A = "corpus/pten-review.txt";
    public static final String SOURCE_B = "corpus/angiogenesis.txt";

    /** A sentence with quotes, a comma and a newline: the CSV round-trip case. */
    public static final String TRICKY_SENTENCE =
            "TGF-α signalling through EGFR is \"associated\" with relapse, notably\nafter lapatinib (3).";

    /** What one claim sentence says; offsets and ids are filled in by {@link #paper}. */
    public record ClaimSpec(String sentence, String subject, String subjectId, Relation relation, String object,
                            String objectId, boolean negated, boolean hedged, Evidence evidence, Mechanism mechanism,
                            List<String> genes, List<String> drugs, List<Integer> citations, List<String> unresolved,
                            ArgumentState subjectState, ArgumentState objectState) {

        /** A claim about the entities themselves (no argument states). */
        public ClaimSpec(String sentence, String subject, String subjectId, Relation relation, String object,
                         String objectId, boolean negated, boolean hedged, Evidence evidence, Mechanism mechanism,
                         List<String> genes, List<String> drugs, List<Integer> citations, List<String> unresolved) {
            this(sentence, subject, subjectId, relation, object, objectId, negated, hedged, evidence, mechanism, genes,
                    drugs, citations, unresolved, ArgumentState.NONE, ArgumentState.NONE);
        }
    }

    private Fixtures() {
    }

    public static List<Reference> referencesA() {
        return List.of(
                new Reference("1", 1, "Berns K, Horlings HM, et al. A functional genetic approach identifies the PI3K pathway "
                        + "as a major determinant of trastuzumab resistance. Cancer Cell. 2007;12(4):395-402.",
                        List.of("Berns K", "Horlings HM"), "A functional genetic approach identifies the PI3K pathway",
                        "Cancer Cell", 2007, "12", "4", "395-402", "10.1016/j.ccr.2007.08.030", "17936563"),
                Reference.unparsed("2", 2, "Nagata Y, et al. PTEN activation contributes to tumor inhibition by trastuzumab."),
                new Reference("3", 3, "Smith J. Lapatinib and EGFR, \"a review\". 2015.", List.of("Smith J"), null, null,
                        2015, null, null, null, null, null));
    }

    /**
     * Paper A: its first claim is "Loss of PTEN ... causes trastuzumab resistance" (subject LOSS, so it
     * asserts PTEN RESTORES_SENSITIVITY trastuzumab).
     */
    public static AnnotatedPaper paperA() {
        return paperA("A1");
    }

    /** Paper A under another id: the same file, changed, so it must replace A. */
    public static AnnotatedPaper paperA(String paperId) {
        return paper(paperId, SOURCE_A, "PTEN loss and trastuzumab resistance", "Results", referencesA(), List.of(
                new ClaimSpec("Loss of PTEN activates the PI3K/Akt pathway and causes trastuzumab resistance (1, 2).",
                        "Loss of PTEN", "PTEN", Relation.CAUSES_RESISTANCE, "trastuzumab", "trastuzumab", false, false,
                        Evidence.CLINICAL, Mechanism.DOWNSTREAM_ACTIVATION, List.of("PTEN", "PI3K", "AKT1"),
                        List.of("trastuzumab"), List.of(1, 2), List.of(), ArgumentState.LOSS, ArgumentState.NONE),
                new ClaimSpec("PTEN deficiency may predict a poor response to PI3K inhibitors in vitro (2).",
                        "PTEN deficiency", "PTEN", Relation.PREDICTS, "poor response", null, false, true,
                        Evidence.IN_VITRO, Mechanism.DOWNSTREAM_ACTIVATION, List.of("PTEN", "PI3K"), List.of(),
                        List.of(2), List.of()),
                new ClaimSpec("MUC4 masks the trastuzumab epitope on HER2-positive cells (7).",
                        "MUC4", "MUC4", Relation.MASKS, "HER2", "ERBB2", false, false, Evidence.PRECLINICAL,
                        Mechanism.HER2_ACCESS, List.of("MUC4", "ERBB2"), List.of("trastuzumab"), List.of(), List.of("7")),
                new ClaimSpec(TRICKY_SENTENCE, "TGF-α", "TGFA", Relation.ASSOCIATED_WITH, "relapse", null, false, false,
                        Evidence.UNSPECIFIED, Mechanism.ALTERNATIVE_SIGNALLING, List.of("TGFA", "EGFR"),
                        List.of("lapatinib"), List.of(3), List.of())));
    }

    /** Paper B: its first claim's subject is VEGF overexpression (GAIN; the relation stays UPREGULATES). */
    public static AnnotatedPaper paperB() {
        return paper("B1", SOURCE_B, "Angiogenesis and HER2 therapy", "Discussion", List.of(
                Reference.unparsed("1", 1, "Jones A. VEGF in breast cancer. 2010.")), List.of(
                new ClaimSpec("VEGF overexpression upregulates angiogenesis in trastuzumab-resistant tumours (1).",
                        "VEGF", "VEGFA", Relation.UPREGULATES, "angiogenesis", null, false, false, Evidence.IN_VIVO,
                        Mechanism.ANGIOGENESIS, List.of("VEGFA"), List.of("trastuzumab"), List.of(1), List.of(),
                        ArgumentState.GAIN, ArgumentState.NONE),
                new ClaimSpec("PTEN status does not bind bevacizumab response.",
                        "PTEN", "PTEN", Relation.BINDS, "bevacizumab", "bevacizumab", true, false, Evidence.CLINICAL,
                        Mechanism.OTHER, List.of("PTEN"), List.of("bevacizumab"), List.of(), List.of())));
    }

    /** Builds title, one section of claim sentences, then the reference list, with consistent offsets. */
    public static AnnotatedPaper paper(String paperId, String source, String title, String heading,
                                       List<Reference> references, List<ClaimSpec> specs) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        int sectionStart = text.length();
        text.append(heading).append('\n');
        List<Sentence> sentences = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (ClaimSpec spec : specs) {
            int start = text.length();
            text.append(spec.sentence());
            int end = text.length();
            text.append(' ');
            sentences.add(new Sentence(sentences.size(), spec.sentence(), start, end, heading));
            claims.add(new Claim(paperId + "-c" + claims.size(), paperId, heading, spec.sentence(), start, end,
                    spec.subject(), spec.subjectId(), spec.relation(), spec.object(), spec.objectId(), spec.negated(),
                    spec.hedged(), spec.evidence(), spec.mechanism(), spec.genes(), spec.drugs(), spec.citations(),
                    spec.unresolved(), List.of(), spec.subjectState(), spec.objectState()));
            int marker = spec.sentence().lastIndexOf('(');
            if (marker >= 0) {
                String printed = spec.sentence().substring(marker, spec.sentence().indexOf(')', marker) + 1);
                List<String> labels = List.of(printed.substring(1, printed.length() - 1).split(",\\s*"));
                citations.add(new Citation(printed, spec.sentence(), start + marker, start + marker + printed.length(),
                        labels, spec.citations(), spec.unresolved()));
            }
            int at = spec.sentence().indexOf(spec.subject());
            if (at >= 0 && spec.subjectId() != null) {
                mentions.add(new Mention(spec.subject(), start + at, start + at + spec.subject().length(),
                        EntityType.GENE, spec.subjectId(), "HGNC:" + spec.subjectId()));
            }
        }
        int bodyEnd = text.length();
        List<Section> sections = List.of(new Section(heading, sectionStart, bodyEnd));
        text.append("\nReferences\n")
                .append(references.stream().map(r -> r.label() + ". " + r.raw()).collect(Collectors.joining("\n")));
        Paper paper = new Paper(paperId, source, title, text.toString(), sections, references, bodyEnd);
        return new AnnotatedPaper(paper, sentences, mentions, citations, claims);
    }
}
