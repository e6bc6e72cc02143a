package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Relation;
import io.litmine.corpus.model.Section;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Turns sentences with a gene or drug mention and a relation cue into {@link Claim}s: on the sentences
 * the {@link SelectiveParseAnnotator} parsed, Semgrex patterns over the dependency graph
 * ({@link SyntaxExtractor}); and, in the default {@code union} mode, the older lemma-cue rules
 * ({@link ClaimExtractor}, no parse) for argument pairs the parse did not find. docs/claims.md has the
 * stages and their figures.
 *
 * <p>Registered as {@code customAnnotatorClass.claims=io.litmine.annotators.claim.ClaimAnnotator}.
 * Reads the document's {@link LitmineAnnotations.PaperIdAnnotation} (default "") and
 * {@link LitmineAnnotations.SectionsAnnotation} (default none). Properties, under the annotator's name:
 * <ul>
 *   <li>{@code claims.negationWindow} (default 3): how many tokens before a cue a negator may sit;</li>
 *   <li>{@code claims.idLength} (default 16): hex characters of SHA-256 kept as the claim id;</li>
 *   <li>{@code claims.taxonomy} (default: the bundled {@code mechanism-taxonomy.tsv}): the mechanism
 *       classes as gene sets and sentence keywords, in priority order; papers outside it get OTHER;</li>
 *   <li>{@code claims.extractor} (default {@code union}): {@code union}, {@code syntax} or {@code rules}, see {@link Mode};</li>
 *   <li>{@code claims.maxSentenceTokens} (default 150): longer sentences (extraction debris, tables)
 *       are skipped and counted in the document's {@link LitmineAnnotations.SkippedSentencesAnnotation}.</li>
 * </ul>
 * The citation check reads {@link LitmineAnnotations.ReferenceTitleEntitiesAnnotation} (default: no
 * title known, so every cited reference is unverified). A bare "resistance" object is resolved to the
 * paper's topic drug, its most often mentioned one (GUIDELINE §2).
 */
public final class ClaimAnnotator implements Annotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> REQUIRES = Set.of(
            CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.SentencesAnnotation.class,
            CoreAnnotations.PartOfSpeechAnnotation.class,
            CoreAnnotations.LemmaAnnotation.class,
            LitmineAnnotations.CitationsAnnotation.class,
            LitmineAnnotations.GeneMentionsAnnotation.class,
            LitmineAnnotations.DrugMentionsAnnotation.class);
    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES = Set.of(LitmineAnnotations.ClaimsAnnotation.class);

    /** Relations whose object is a drug: a bare "resistance" stands for the paper's topic drug. */
    private static final Set<Relation> DRUG_RELATIONS = Set.of(Relation.CAUSES_RESISTANCE, Relation.RESTORES_SENSITIVITY);
    private static final int TOPIC_MIN_MENTIONS = 5;
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBZ", "VBP", "VBD", "MD");

    /**
     * Which extractor ({@code claims.extractor}): {@code union} (default: the parse's claims, and the
     * lemma-cue rules' for pairs the parse did not find, with states from the parse where it found the
     * same pair), {@code syntax} (the parse's claims alone) or {@code rules} (the lemma-cue rules alone,
     * states from the parse). Figures for each in docs/claims.md.
     */
    enum Mode { RULES, SYNTAX, UNION }

    private final ClaimExtractor extractor;
    private final MechanismTaxonomy taxonomy;
    private final SyntaxExtractor syntax;
    private final Mode mode;
    private final int idLength;
    private final int maxSentenceTokens;

    public ClaimAnnotator(String name, Properties props) {
        this.extractor = new ClaimExtractor(Integer.parseInt(props.getProperty(name + ".negationWindow", "3").strip()));
        this.mode = Mode.valueOf(props.getProperty(name + ".extractor", "union").strip().toUpperCase(Locale.ROOT));
        this.syntax = new SyntaxExtractor();
        this.taxonomy = MechanismTaxonomy.orDefault(props.getProperty(name + ".taxonomy"));
        this.idLength = Math.min(64, Math.max(8, Integer.parseInt(props.getProperty(name + ".idLength", "16").strip())));
        this.maxSentenceTokens = Math.max(1, Integer.parseInt(props.getProperty(name + ".maxSentenceTokens", "150").strip()));
    }

    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        String paperId = Objects.requireNonNullElse(annotation.get(LitmineAnnotations.PaperIdAnnotation.class), "");
        List<Section> sections = Objects.requireNonNullElse(annotation.get(LitmineAnnotations.SectionsAnnotation.class), List.of());
        CitationSupport support = new CitationSupport(Objects.requireNonNullElse(
                annotation.get(LitmineAnnotations.ReferenceTitleEntitiesAnnotation.class), Map.of()));
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        String topicDrug = topicDrug(sentences);
        int skipped = 0;
        for (CoreMap sentence : sentences) {
            if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > maxSentenceTokens) {
                skipped++;
                sentence.set(LitmineAnnotations.ClaimsAnnotation.class, List.of());
                continue;
            }
            sentence.set(LitmineAnnotations.ClaimsAnnotation.class,
                    claims(text, paperId, sections, sentence, topicDrug, support));
        }
        annotation.set(LitmineAnnotations.SkippedSentencesAnnotation.class, skipped);
    }

    /**
     * The drug the paper is about, or null: the most mentioned named drug (first mentioned on a tie),
     * if it has at least {@value #TOPIC_MIN_MENTIONS} mentions and at least a third of all named-drug
     * mentions. A paper that speaks of many drugs, or of none much, has no topic drug: a bare
     * "resistance" there stays "resistance".
     */
    private static String topicDrug(List<CoreMap> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (CoreMap s : sentences) {
            for (Mention m : Objects.requireNonNullElse(s.get(LitmineAnnotations.DrugMentionsAnnotation.class), List.<Mention>of())) {
                if (!io.litmine.annotators.lexicon.CompoundCodes.NO_ID.equals(m.id())) {
                    counts.merge(m.name(), 1, Integer::sum);
                    total++;
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        if (best == null || counts.get(best) < TOPIC_MIN_MENTIONS || 3 * counts.get(best) < total) {
            return null;
        }
        return best;
    }

    private List<Claim> claims(String text, String paperId, List<Section> sections, CoreMap sentence,
                               String topicDrug, CitationSupport support) {
        List<Mention> genes = Objects.requireNonNullElse(sentence.get(LitmineAnnotations.GeneMentionsAnnotation.class), List.of());
        List<Mention> drugs = Objects.requireNonNullElse(sentence.get(LitmineAnnotations.DrugMentionsAnnotation.class), List.of());
        if (genes.isEmpty() && drugs.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = SelectiveParseAnnotator.mentions(sentence);
        List<Tok> toks = toks(sentence.get(CoreAnnotations.TokensAnnotation.class));
        if (headingLike(toks)) {
            return List.of();
        }
        List<SyntacticClaim> found = found(text, sentence, toks, mentions, Arguments.of(text, toks, mentions));
        if (found.isEmpty()) {
            return List.of();
        }
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String sentenceText = text.substring(start, end);
        List<Citation> citations = Objects.requireNonNullElse(sentence.get(LitmineAnnotations.CitationsAnnotation.class), List.of());
        List<Integer> resolved = citations.stream().flatMap(c -> c.resolved().stream()).distinct().toList();
        List<String> unresolved = citations.stream().flatMap(c -> c.unresolved().stream()).distinct().toList();
        List<String> geneNames = genes.stream().map(Mention::name).distinct().toList();
        List<String> drugNames = drugs.stream().map(Mention::name).distinct().toList();
        String section = sectionAt(sections, start);
        List<Claim> claims = new ArrayList<>();
        for (SyntacticClaim e : found) {
            String subjectId = e.subject().norm();
            String objectId = !e.object().isEntity() && DRUG_RELATIONS.contains(e.relation()) && topicDrug != null ? topicDrug : e.object().norm();
            String objectKey = objectId;
            if (claims.stream().anyMatch(c -> Objects.equals(c.subjectId(), subjectId) && c.relation() == e.relation()
                    && Objects.equals(c.objectId(), objectKey) && c.negated() == e.negated())) {
                // One record per distinct (subject, relation, object, negated) in a sentence (GUIDELINE §2).
                continue;
            }
            String id = claimId(paperId, start, e.subject().text(), e.relation().name(), e.object().text());
            claims.add(new Claim(id, paperId, section, sentenceText, start, end,
                    e.subject().text(), subjectId, e.relation(), e.object().text(), objectId,
                    e.negated(), e.hedged(), ClaimClassifier.evidence(sentenceText),
                    taxonomy.classify(subjectId, objectId, sentenceText),
                    geneNames, drugNames, resolved, unresolved, support.supported(resolved, subjectId, objectId),
                    e.subjectState(), e.objectState()));
        }
        return List.copyOf(claims);
    }

    /** The sentence's claims by the configured extractor; the parse's need the sentence's graph. */
    private List<SyntacticClaim> found(String text, CoreMap sentence, List<Tok> toks, List<Mention> mentions, List<Argument> args) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<SyntacticClaim> parsed = graph != null ? syntax.extract(graph, text, toks, args, mentions) : List.of();
        if (mode == Mode.SYNTAX) {
            return parsed;
        }
        SemanticGraph tree = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<SyntacticClaim> out = new ArrayList<>(mode == Mode.UNION ? parsed : List.of());
        for (ClaimExtractor.Extracted e : extractor.extract(text, toks, args)) {
            if (mode == Mode.UNION && out.stream().anyMatch(o -> samePair(o, e.subject(), e.object())
                    || DRUG_RELATIONS.contains(o.relation()) && resistanceOf(e.object()) && sameArguments(o.subject(), e.subject())
                    || !e.subject().isEntity() && o.subject().isEntity() && sameArguments(o.object(), e.object()))) {
                // The parse found the pair, already named the therapy of this bare "resistance", or named
                // the entity a class word describes ("PTEN is a phosphatase that inhibits AKT").
                continue;
            }
            if (graph != null && syntax.asked(graph, e.cueFirst())) {
                // "questioned whether X is sufficient for Y": asked, not asserted (question-marks.txt).
                continue;
            }
            if (mode == Mode.UNION && tree != null && !ParseSupport.links(tree, e.cueFirst(), e.cueLast(), e.subject(), e.object())) {
                // The tree puts the pair in different conjuncts or a comparison: neighbours in the word order only.
                continue;
            }
            SyntacticClaim same = parsed.stream().filter(p -> sameArguments(p.subject(), e.subject())
                    && sameArguments(p.object(), e.object())).findFirst().orElse(null);
            // States from the parse where it found the same pair, else from the words around the subject.
            ArgumentState subjectState = same != null ? same.subjectState() : TokenStates.of(toks, e.subject(), ClaimLexicon.get());
            out.add(new SyntacticClaim(e.subject(), subjectState, e.relation(),
                    e.object(), same == null ? ArgumentState.NONE : same.objectState(), e.negated(), e.hedged(), "rules"));
        }
        return out;
    }

    private static boolean samePair(SyntacticClaim c, Argument a, Argument b) {
        return sameArguments(c.subject(), a) && sameArguments(c.object(), b) || sameArguments(c.subject(), b) && sameArguments(c.object(), a);
    }

    /**
     * Same argument: a drug and its phenotype ("trastuzumab", "trastuzumab resistance") alike, and two
     * readings of the same words ("radioresistance" as a process, or as resistance to radiotherapy).
     */
    private static boolean sameArguments(Argument a, Argument b) {
        return Objects.equals(phenotypeDrug(a.norm()), phenotypeDrug(b.norm()))
                || a.firstTok() <= b.lastTok() && b.firstTok() <= a.lastTok();
    }

    /** A bare "resistance" or "sensitivity" object: the drug is not named. */
    private static boolean resistanceOf(Argument a) {
        return !a.isEntity() && a.label() != null && a.label().matches("(drug )?(resistance|sensitivity)");
    }

    private static String phenotypeDrug(String norm) {
        return norm == null ? null : norm.replaceFirst(" (resistance|sensitivity)$", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A title or heading ("PTEN Loss in Resistance to HER2-Targeted Therapy"): no finite verb and no
     * sentence-final stop. It names a topic and asserts nothing (GUIDELINE §2: a claim is carried by a
     * verb or an asserted event), though its nouns would match "resistance to X".
     */
    static boolean headingLike(List<Tok> toks) {
        if (toks.isEmpty()) {
            return true;
        }
        String last = toks.get(toks.size() - 1).word();
        if (last.equals(".") || last.equals("!") || last.equals("?")) {
            return false;
        }
        return toks.stream().noneMatch(t -> FINITE_VERB_TAGS.contains(t.tag()));
    }

    static List<Tok> toks(List<CoreLabel> labels) {
        List<Tok> toks = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            toks.add(new Tok(toks.size(), l.originalText(), lemma.toLowerCase(Locale.ROOT), Objects.requireNonNullElse(l.tag(), ""),
                    l.beginPosition(), l.endPosition()));
        }
        return toks;
    }

    /** Same rule as {@code Paper.sectionAt}: the first section containing the offset, else "". */
    private static String sectionAt(List<Section> sections, int offset) {
        return sections.stream().filter(s -> offset >= s.start() && offset < s.end())
                .map(Section::heading).findFirst().orElse("");
    }

    /** Deterministic, so Beam retries and Lucene updates of the same paper are idempotent. */
    private String claimId(String paperId, int start, String subject, String relation, String object) {
        String key = String.join("\u0000", paperId, Integer.toString(start), subject, relation, object);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, idLength);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requires() {
        return REQUIRES;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return SATISFIES;
    }
}
