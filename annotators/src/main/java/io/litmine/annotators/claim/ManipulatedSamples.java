package io.litmine.annotators.claim;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sample whose gene was taken away, read as the agent of what the sample shows or of what changed in
 * it: "PTEN-deficient mice exhibit ...", "mice lacking SPHK1 show ...", "X is reduced in CTR9 knockdown
 * embryos", "Y was increased in Stat3(-/-) fibroblasts". The gene is the argument, in state loss, with
 * the manipulation as its surface (GUIDELINE §3: the surface keeps the manipulation, the norm is the
 * entity). Only a loss is read so: a gain named on a sample ("HER2-overexpressing cells") describes
 * the sample and is no claim (GUIDELINE §2).
 */
final class ManipulatedSamples {

    /** The verb of "mice lacking X". */
    private static final String LACK = "lack";
    /** The words that say a sample was deprived of a gene (sample-deprivations.txt). */
    private static final Set<String> DEPRIVING = RuleFile.lines(ManipulatedSamples.class, "sample-deprivations.txt").stream()
            .map(l -> l.field(0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** The genotype of a knockout, as the tokenizer leaves it after the gene: "Stat3(-/-)", "Stat3-/-". */
    private static final Set<String> NULL_GENOTYPE = Set.of("-/-", "−/−");

    private final SemanticGraph graph;
    private final String text;
    private final List<Tok> toks;
    private final List<Argument> args;
    /** The sentence's gene and drug mentions: "PTEN-deficient" names no argument elsewhere (a descriptor). */
    private final List<Mention> mentions;
    private final ClaimLexicon lexicon;

    ManipulatedSamples(SemanticGraph graph, String text, List<Tok> toks, List<Argument> args, List<Mention> mentions,
                       ClaimLexicon lexicon) {
        this.graph = graph;
        this.text = text;
        this.toks = toks;
        this.args = args;
        this.mentions = mentions;
        this.lexicon = lexicon;
    }

    /**
     * Whether the words name a sample deprived of a gene, before any parse: a loss word right before a
     * sample head ("PTEN-deficient mice", "CTR9 knockdown embryos"), "lacking" right after one, or a
     * null genotype ("Stat3(-/-) fibroblasts"). The parse selection reads such a sentence.
     */
    static boolean named(List<Tok> toks, ClaimLexicon lexicon) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean beforeSample = isSample(toks, i + 1, lexicon) || toks.get(i + 1).word().equals(")") && isSample(toks, i + 2, lexicon);
            int genotype = genotypeEnd(toks, i);
            if (genotype >= 0 && genotype + 1 < toks.size() && toks.get(genotype + 1).word().equals(")") && isSample(toks, genotype + 2, lexicon)
                    || deprives(t) && beforeSample || isSample(toks, i, lexicon) && toks.get(i + 1).lemma().equals(LACK)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSample(List<Tok> toks, int i, ClaimLexicon lexicon) {
        return i < toks.size() && lexicon.isSampleHead(toks.get(i).lemma().toLowerCase(Locale.ROOT));
    }

    /** The genes {@code node}, a sample head, was deprived of; empty when it is no such sample. */
    List<Resolved> deprivedOf(IndexedWord node) {
        Optional<Argument> named = argumentAt(node.index() - 1);
        if (named.isPresent()) {
            // "in Stat3(-/-) fibroblasts" parsed with the gene as the head: the genotype still says it.
            int genotype = named.filter(Argument::isEntity).map(this::nullGenotypeAfter).orElse(-1);
            return genotype < 0 ? List.of() : List.of(lost(named.get(), named.get().firstTok(), closing(genotype)));
        }
        if (!lexicon.isSampleHead(ArgumentResolver.lemma(node))) {
            return List.of();
        }
        List<Resolved> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (rel.startsWith("acl") && ArgumentResolver.lemma(d).equals(LACK)) {
                // "mice lacking intestinal SPHK1": the surface runs from the sample to the gene.
                for (SemanticGraphEdge o : graph.outgoingEdgeList(d)) {
                    if (o.getRelation().toString().equals("obj")) {
                        entityUnder(o.getDependent()).ifPresent(a -> out.add(lost(a, node.index() - 1, d.index() - 1)));
                    }
                }
            } else if (rel.equals("amod") || rel.equals("compound")) {
                Optional<Argument> covering = argumentAt(d.index() - 1);
                int genotype = covering.filter(Argument::isEntity).map(this::nullGenotypeAfter).orElse(-1);
                if (genotype >= 0) {
                    // "Stat3(-/-) fibroblasts": the surface keeps the genotype and its closing bracket.
                    out.add(lost(covering.get(), covering.get().firstTok(), closing(genotype)));
                } else if (covering.filter(Argument::isEntity).isPresent() && removes(d)) {
                    // "STAT3 knockdown embryos": the argument already holds its manipulation.
                    out.add(lost(covering.get(), d.index() - 1, d.index() - 1));
                } else if (covering.isEmpty() && removes(d)) {
                    // "PTEN-deficient mice", "SphK1-knockout mice", "CTR9 knockdown embryos".
                    gene(d).ifPresent(a -> out.add(lost(a, d.index() - 1, d.index() - 1)));
                }
            }
        }
        return out;
    }

    /** Whether a token says a sample was deprived of a gene ("knockdown" in "STAT3 knockdown embryos"). */
    static boolean deprives(Tok t) {
        return deprives(t.lemma(), t.word());
    }

    /** A word that takes the gene away from a sample ("deficient", "knockdown"). */
    private static boolean removes(IndexedWord w) {
        return deprives(w.lemma() == null ? w.word() : w.lemma(), w.word());
    }

    private static boolean deprives(String lemma, String word) {
        return DEPRIVING.contains(lemma.toLowerCase(Locale.ROOT)) || DEPRIVING.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The gene a manipulation word is about: its own dependent, or the name hyphenated to it ("PTEN-null"). */
    private Optional<Argument> gene(IndexedWord manipulation) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(manipulation)) {
            Optional<Argument> a = entityUnder(e.getDependent());
            if (a.isPresent()) {
                return a;
            }
        }
        int i = manipulation.index() - 1;
        if (Tok.innerHyphen(toks, i - 1)) {
            return argumentAt(i - 2).filter(Argument::isEntity).or(() -> mentionAt(i - 2));
        }
        // "CTR9 knockdown embryos" parsed with the gene on the sample: the name right before the word.
        return i >= 1 ? argumentAt(i - 1).filter(Argument::isEntity) : Optional.empty();
    }

    private Optional<Argument> entityUnder(IndexedWord w) {
        return argumentAt(w.index() - 1).filter(Argument::isEntity);
    }

    /** The genotype's token, or the bracket that closes it. */
    private int closing(int genotype) {
        return genotype + 1 < toks.size() && toks.get(genotype + 1).word().equals(")") ? genotype + 1 : genotype;
    }

    /** The last token of a null genotype right after the name ("Stat3(-/-)", "Stat3-/-"), else -1. */
    private int nullGenotypeAfter(Argument a) {
        for (int i = a.lastTok() + 1; i < Math.min(toks.size(), a.lastTok() + 3); i++) {
            int end = genotypeEnd(toks, i);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** The last token of a null genotype starting at token {@code i} ("-/-", or "-", "/", "-" as split), else -1. */
    private static int genotypeEnd(List<Tok> toks, int i) {
        if (NULL_GENOTYPE.contains(toks.get(i).word())) {
            return i;
        }
        boolean split = i + 2 < toks.size() && toks.get(i).word().equals("-") && toks.get(i + 1).word().equals("/")
                && toks.get(i + 2).word().equals("-");
        return split ? i + 2 : -1;
    }

    /** The gene in state loss, its surface widened over the manipulation tokens {@code from..to}. */
    private Resolved lost(Argument a, int from, int to) {
        int first = Math.min(a.firstTok(), from);
        int last = Math.max(a.lastTok(), to);
        int start = toks.get(first).start();
        int end = toks.get(last).end();
        Argument widened = new Argument(text.substring(start, end), a.id(), a.type(), a.label(), first, last, start, end);
        Set<Integer> nodes = new HashSet<>();
        for (int i = first; i <= last; i++) {
            nodes.add(i);
        }
        return new Resolved(widened, ArgumentState.LOSS, null, nodes);
    }

    /** A gene or drug mention ending at token {@code tok}, as an argument of that one token's span. */
    private Optional<Argument> mentionAt(int tok) {
        Tok t = toks.get(tok);
        return mentions.stream().filter(m -> m.end() == t.end()).findFirst().map(m -> {
            int first = Arguments.tokenAt(toks, m.start());
            return Argument.entity(text.substring(m.start(), m.end()), m.name(), m.type(), first, tok, m.start(), m.end());
        });
    }

    private Optional<Argument> argumentAt(int tok) {
        return args.stream().filter(a -> tok >= a.firstTok() && tok <= a.lastTok()).findFirst();
    }
}
