package io.litmine.annotators.claim;

import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The candidate arguments of one sentence: entity groups (mentions joined by "/", by a dash with no
 * space, or by "and" before a singular pathway head become one argument, as the GUIDELINE joins
 * pathways and dimers: PI3K/AKT, ERBB2/ERBB3; {@link JoinedEntities}) and process nouns.
 * An entity is extended over a following manipulation word ("PTEN deficiency", "IGF1R signalling")
 * so the surface text keeps it while the id stays the entity's. An entity that only describes a
 * sample or a therapy ("HER2-positive", "HER2-overexpressing cells", "HER2-targeted therapy") is no
 * argument at all (GUIDELINE §2). A process gets a short lower-case label (§5): its modifiers and
 * noun ("tumour growth"), the cell-level reading of a bare noun ("growth" → "cell growth"), or the
 * drug's resistance ("trastuzumab resistance").
 */
final class Arguments {

    /** Process heads, premodifiers and enzyme classes (processes.txt). */
    private static final ProcessNouns PROCESSES = ProcessNouns.get();
    /** Which neighbouring mentions are one argument (joined-entities.txt). */
    private static final JoinedEntities JOINED = JoinedEntities.get();
    /** How many premodifiers a process label takes ("breast cancer progression"). */
    private static final int MAX_MODIFIERS = 3;
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "^\\s?(?:\\(\\s?[^()\\s]{1,15}\\s?\\))?\\s?-\\s?(?:positive|negative|overexpressing|expressing|amplified|driven|targeted|mutated|mutant|enriched|null|deficient|resistant|sensitive|refractory|naive|treated)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "serine-727", "tyrosine 845": an amino acid named with its position is a residue, not a chemical argument. */
    /** The number of a cell line named after a gene or tissue ("SCC-25", "HC-11"). */
    private static final Pattern CELL_LINE_NUMBER = Pattern.compile("\\d{1,4}[A-Za-z]?");
    private static final Pattern RESIDUE = Pattern.compile("^\\s?-?\\s?\\d{2,4}\\b");
    /**
     * "steroid hormone receptors", "insulin receptor", "oestrogen-binding protein": a chemical naming
     * the protein that binds it is no chemical argument; the receptor is the entity.
     */
    /** The identifier of a mention no lexicon names (PubTator's "-"). */
    private static final String UNNAMED = io.litmine.annotators.lexicon.CompoundCodes.NO_ID;
    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern RECEPTOR_HEAD = Pattern.compile(
            "^\\s?-?\\s?(?:hormone\\s+)?(?:receptors?|binding\\s+proteins?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MANIPULATIONS = Set.of("deficiency", "knockdown", "loss", "overexpression",
            "expression", "signalling", "signaling", "activity", "amplification", "pathway", "level", "levels");

    private Arguments() {
    }

    static List<Argument> of(String text, List<Tok> toks, List<Mention> mentions) {
        List<Argument> args = new ArrayList<>(entities(text, toks, mentions));
        // A code-shaped residue ("tyrosine-705") is a site, as a tagged one is.
        args.addAll(CompoundCodes.find(text, toks, args).stream()
                .filter(c -> !ResidueSites.site(text, c.text(), c.end())).toList());
        for (Tok t : toks) {
            boolean covered = args.stream().anyMatch(a -> t.index() >= a.firstTok() && t.index() <= a.lastTok());
            if (!covered && t.tag().startsWith("NN") && PROCESSES.isClass(t.lemma())) {
                args.add(Argument.process(t.word(), t.lemma(), t.index(), t.index(), t.start(), t.end()));
            } else if (!covered && isProcessNoun(t)
                    && !(t.index() + 1 < toks.size() && isProcessNoun(toks.get(t.index() + 1)) && PROCESSES.labelModifier(t))
                    && !outcome(toks, t)) {
                // "cancer progression", "tumour growth": a head before another head is its modifier.
                int first = t.index();
                while (first > 0 && t.index() - first < MAX_MODIFIERS && PROCESSES.labelModifier(toks.get(first - 1))
                        && !coveredBy(args, first - 1)) {
                    first--;
                }
                if (first == t.index() && PROCESSES.needsModifier(t.lemma())) {
                    // "the incidence of PFS": a bare "incidence" names no process.
                    continue;
                }
                int start = toks.get(first).start();
                String surface = text.substring(start, t.end());
                args.add(Argument.process(surface, label(surface, toks, t, args), first, t.index(), start, t.end()));
            }
        }
        args.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return args;
    }

    /** "overall survival", "disease-specific survival": a clinical outcome, no process argument (processes.txt). */
    private static boolean outcome(List<Tok> toks, Tok head) {
        for (int i = head.index() - 1; i >= 0 && i >= head.index() - 3; i--) {
            Tok before = toks.get(i);
            String word = before.word();
            if (i >= 2 && toks.get(i - 1).word().equals("-")) {
                // "disease - free": the hyphenated modifier as written.
                word = toks.get(i - 2).word() + "-" + word;
            }
            if (PROCESSES.isOutcomeModifier(word)) {
                return true;
            }
            if (!before.word().equals("-") && !before.tag().startsWith("JJ") && !before.tag().startsWith("NN") && !before.tag().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** A generic enzyme class ("metalloproteases"): a subject like an entity, though not named. */
    static boolean isClass(Argument a) {
        return !a.isEntity() && PROCESSES.isClass(a.label());
    }

    /** "apoptosis", "cell proliferation": a noun the rules take as a process argument. */
    static boolean isProcessNoun(Tok t) {
        return t.tag().startsWith("NN") && PROCESSES.isProcess(t.lemma());
    }

    private static boolean coveredBy(List<Argument> args, int tok) {
        return args.stream().anyMatch(a -> tok >= a.firstTok() && tok <= a.lastTok());
    }

    private static String label(String surface, List<Tok> toks, Tok noun, List<Argument> entities) {
        String lower = surface.toLowerCase(Locale.ROOT).replaceAll("\\btumor(s?)\\b", "tumour$1");
        if (noun.is("resistance", "sensitivity")) {
            // "trastuzumab resistance", "lack of sensitivity to trastuzumab": the phenotype is the drug's.
            boolean lost = noun.is("sensitivity") && toks.subList(Math.max(0, noun.index() - 2), noun.index()).stream()
                    .anyMatch(t -> t.is("lack", "loss", "reduced", "decreased", "diminished"));
            String phenotype = noun.is("resistance") || lost ? " resistance" : " sensitivity";
            return entities.stream().filter(a -> a.isDrug() && (a.lastTok() == noun.index() - 1
                            || a.firstTok() == noun.index() + 2 && toks.get(noun.index() + 1).is("to")))
                    .findFirst().map(a -> a.id().toLowerCase(Locale.ROOT) + phenotype).orElseGet(() -> {
                        // "chemotherapeutic resistance", "cancer drug resistance": the phenotype of a therapy or of drugs.
                        Tok before = noun.index() > 0 ? toks.get(noun.index() - 1) : null;
                        String therapy = before == null ? null : PROCESSES.therapy(before.word());
                        return therapy != null ? therapy + phenotype
                                : before != null && before.is("drug", "multidrug") ? "drug" + phenotype : phenotype.strip();
                    });
        }
        String head = noun.word().toLowerCase(Locale.ROOT);
        String lemma = noun.lemma();
        if (!lower.endsWith(head) || !lemma.equals(lemma.toLowerCase(Locale.ROOT)) || lemma.isEmpty()) {
            return lower;
        }
        // The head in its singular ("metastases" → "metastasis"), as the guideline's labels are.
        return PROCESSES.label(lower.substring(0, lower.length() - head.length()) + lemma, lemma);
    }

    /** A drug directly before "resistance" stands, in a non-resistance relation, for the phenotype. */
    static Argument drugResistance(String text, List<Tok> toks, Argument drug) {
        int next = drug.lastTok() + 1;
        if (!drug.isDrug() || next >= toks.size() || !toks.get(next).is("resistance")) {
            return drug;
        }
        Tok t = toks.get(next);
        return Argument.process(text.substring(drug.start(), t.end()), drug.id().toLowerCase(Locale.ROOT) + " resistance",
                drug.firstTok(), next, drug.start(), t.end());
    }

    /**
     * "3-phosphoinositide-dependent kinase 1 (PDK1)", "epidermal growth factor (EGF)": a name and
     * its bracketed short form are one entity, never two arguments (nor a claim between them). The
     * bracketed mention goes; the pair keeps the identity of whichever of the two the lexicon names.
     */
    private static List<Mention> withoutBracketedAliases(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k + 1 < out.size(); k++) {
            Mention name = out.get(k);
            Mention alias = out.get(k + 1);
            if (name.type() != alias.type() || alias.start() < name.end()
                    || !BRACKET_OPEN.matcher(text.substring(name.end(), alias.start())).matches()
                    || alias.end() >= text.length() || text.charAt(alias.end()) != ')') {
                continue;
            }
            if (UNNAMED.equals(name.id()) && !UNNAMED.equals(alias.id())) {
                out.set(k, new Mention(name.text(), name.start(), name.end(), name.type(), alias.name(), alias.id()));
            }
            out.remove(k + 1);
        }
        return out;
    }

    private static List<Argument> entities(String text, List<Tok> toks, List<Mention> all) {
        // "Src-Tyr-416", "tyrosine-705": a residue of a protein is a site, no chemical argument.
        List<Mention> mentions = withoutBracketedAliases(text, ResidueSites.without(text, all));
        List<Argument> args = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            int j = joinedEnd(text, mentions, i);
            if (j + 1 < mentions.size() && mentions.get(j).end() <= mentions.get(j + 1).start()) {
                // "the PI-3-kinase and Akt signal transduction pathway": one pathway of two members.
                int k = joinedEnd(text, mentions, j + 1);
                if (JOINED.joinsByAnd(text.substring(mentions.get(j).end(), mentions.get(j + 1).start()),
                        text.substring(mentions.get(k).end(), Math.min(text.length(), mentions.get(k).end() + 80)))) {
                    j = k;
                }
            }
            List<Mention> group = mentions.subList(i, j + 1);
            Mention first = group.get(0);
            Mention last = group.get(group.size() - 1);
            String id = group.stream().map(Mention::name).distinct().collect(Collectors.joining("/"));
            EntityType type = group.stream().allMatch(m -> m.type() == EntityType.DRUG) ? EntityType.DRUG : EntityType.GENE;
            int firstTok = tokenAt(toks, first.start());
            int lastTok = tokenAt(toks, last.end() - 1);
            i = j + 1;
            String after = text.substring(last.end(), Math.min(text.length(), last.end() + 20));
            if (type == EntityType.DRUG && i < mentions.size() && mentions.get(i).type() == EntityType.GENE
                    && BRACKET_OPEN.matcher(text.substring(last.end(), Math.max(last.end(), mentions.get(i).start()))).matches()) {
                // "oestrogen (ER) and progesterone (PR)": the bracketed gene says which protein the
                // chemical's name stands for here; the gene is the argument.
                continue;
            }
            if (DESCRIPTOR.matcher(after).find() || describesSample(toks, lastTok)
                    || type == EntityType.DRUG && (RESIDUE.matcher(after).find() || RECEPTOR_HEAD.matcher(after).find())
                    || type == EntityType.GENE && stimulus(text, toks, last.end())) {
                continue;
            }
            Argument arg = Argument.entity(text.substring(first.start(), last.end()), id, type, firstTok, lastTok,
                    first.start(), last.end());
            args.add(extend(text, toks, arg));
        }
        return args;
    }

    /** The last of the mentions from {@code from} on that "/" or a dash join into one name ("PI3K/AKT", "AKT-mTOR"). */
    private static int joinedEnd(String text, List<Mention> mentions, int from) {
        int j = from;
        // A gene name may contain a drug name ("mammalian target of rapamycin"): overlapping mentions never join.
        while (j + 1 < mentions.size() && mentions.get(j).end() <= mentions.get(j + 1).start()
                && JOINED.joins(text.substring(mentions.get(j).end(), mentions.get(j + 1).start()))) {
            j++;
        }
        return j;
    }

    /**
     * "SCC-25 cells", "HC-11 cells": an entity with a cell line's number right before a sample head
     * (argument-nouns.tsv, state "sample") names the cell line, no argument (GUIDELINE §2: samples).
     */
    private static boolean describesSample(List<Tok> toks, int lastTok) {
        int k = lastTok + 1;
        if (k + 1 < toks.size() && toks.get(k).word().equals("-") && toks.get(k).start() == toks.get(lastTok).end()
                && CELL_LINE_NUMBER.matcher(toks.get(k + 1).word()).matches()) {
            k += 2;
            return k < toks.size() && toks.get(k).tag().startsWith("NN") && ClaimLexicon.get().isSampleHead(toks.get(k).lemma());
        }
        // "PTEN tumours" without a number is left to the parse, which reads what the sentence says of it.
        return false;
    }

    /**
     * "EGF-induced CCR1 expression", "insulin-stimulated phosphorylation": a protein hyphenated to a
     * stimulus participle (triggers.tsv, kind {@code stimulus}) is what the experiment applied, no
     * argument of the sentence's claims (GUIDELINE §2: assay stimuli). A drug stays one: "sensitizes
     * to trastuzumab-induced apoptosis" says what the drug does.
     */
    private static boolean stimulus(String text, List<Tok> toks, int end) {
        for (Tok t : toks) {
            if (t.start() < end) {
                continue;
            }
            if (t.word().equals("-") && t.start() == end) {
                continue;
            }
            String gap = text.substring(end, t.start());
            return gap.strip().equals("-") && !gap.startsWith(" ")
                    && ClaimLexicon.get().trigger(Trigger.Kind.STIMULUS, t.lemma()).isPresent();
        }
        return false;
    }

    /** "PTEN deficiency", "IGF-1R signalling": keep the manipulation in the surface text. */
    private static Argument extend(String text, List<Tok> toks, Argument arg) {
        int next = arg.lastTok() + 1;
        if (next < toks.size() && toks.get(arg.lastTok()).end() == arg.end()
                && MANIPULATIONS.contains(toks.get(next).lemma())) {
            Tok t = toks.get(next);
            return arg.withText(text.substring(arg.start(), t.end()), next, t.end());
        }
        return arg;
    }

    static int tokenAt(List<Tok> toks, int offset) {
        for (Tok t : toks) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        // Offsets always fall inside a token; the nearest preceding token is a safe fallback.
        int best = 0;
        for (Tok t : toks) {
            if (t.start() <= offset) {
                best = t.index();
            }
        }
        return best;
    }
}
