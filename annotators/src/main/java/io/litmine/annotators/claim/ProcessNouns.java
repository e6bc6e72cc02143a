package io.litmine.annotators.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The process, phenotype and enzyme-class vocabulary of {@code processes.txt}, and process labels. */
final class ProcessNouns {

    private static final ProcessNouns DEFAULT = new ProcessNouns();
    /**
     * Adjectives that classify a process ("lactogenic", "erythroid", "mammary", "terminal") rather than
     * grade it ("redundant", "aberrant"): only they join a label.
     */
    /** Modifiers that say only whose cells: "cellular", "(glioblastoma) cell(s)". */
    private static final java.util.regex.Pattern CELL_QUALIFIED = java.util.regex.Pattern.compile("(^cellular|(^|\\s)cells?)$");
    /** A "cell" before further modifiers. */
    private static final java.util.regex.Pattern LEADING_CELL = java.util.regex.Pattern.compile("^cells?\\s+(?=\\S)");
    private static final java.util.regex.Pattern CLASSIFYING = java.util.regex.Pattern.compile("(ic|al|oid|ary|ar|ine)$");

    private final Set<String> heads = new HashSet<>();
    private final List<String> suffixes = new ArrayList<>();
    private final Set<String> classes = new HashSet<>();
    private final Set<String> stop = new HashSet<>();
    /** Adjectives that enter a label though they classify nothing ("poor prognosis"). */
    private final Set<String> keptAdjectives = new HashSet<>();
    /** Processes of cells: a bare or cell-qualified mention is labelled "cell X". */
    private final Set<String> cellLevel = new HashSet<>();
    /** Therapies that are no drug ("radiation" → radiotherapy). */
    private final Map<String, String> therapies = new HashMap<>();
    /** One word of resistance or sensitivity to a therapy ("radioresistance"). */
    private final Map<String, TherapyEffect> therapyEffects = new HashMap<>();
    /** Modifiers that make a head a clinical outcome statistic ("overall survival"): no process argument. */
    private final Set<String> outcomes = new HashSet<>();
    /** Heads that name a process only with a modifier ("tumour incidence"; a bare "incidence" names none). */
    private final Set<String> modifiedOnly = new HashSet<>();
    /** Whole labels renamed ("cell apoptosis" → "apoptosis"). */
    private final Map<String, String> renamed = new HashMap<>();

    private ProcessNouns() {
        for (RuleFile.Line line : RuleFile.lines(ProcessNouns.class, "processes.txt")) {
            String l = line.field(0);
            if (l.startsWith("suffix:")) {
                suffixes.add(l.substring(7).strip());
            } else if (l.startsWith("class:")) {
                classes.add(l.substring(6).strip());
            } else if (l.startsWith("cell:")) {
                cellLevel.add(l.substring(5).strip());
            } else if (l.startsWith("therapy:") || l.startsWith("resistance:") || l.startsWith("sensitivity:")) {
                int colon = l.indexOf(':');
                String[] parts = l.substring(colon + 1).split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw line.error("expected '" + l.substring(0, colon) + ": WORD = LABEL'");
                }
                String word = parts[0].strip();
                String label = parts[1].strip();
                switch (l.substring(0, colon)) {
                    case "therapy" -> therapies.put(word, label);
                    case "resistance" -> therapyEffects.put(word, new TherapyEffect(label, Effect.Aspect.RESISTANCE));
                    default -> therapyEffects.put(word, new TherapyEffect(label, Effect.Aspect.SENSITIVITY));
                }
            } else if (l.startsWith("label:")) {
                String[] parts = l.substring(6).split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw line.error("expected 'label: TEXT = LABEL'");
                }
                renamed.put(parts[0].strip(), parts[1].strip());
            } else if (l.startsWith("stop:")) {
                stop.add(l.substring(5).strip());
            } else if (l.startsWith("keep:")) {
                keptAdjectives.add(l.substring(5).strip());
            } else if (l.startsWith("outcome:")) {
                outcomes.add(l.substring(8).strip());
            } else if (l.startsWith("modified:")) {
                String head = l.substring(9).strip();
                heads.add(head);
                modifiedOnly.add(head);
            } else {
                heads.add(l);
            }
        }
    }

    static ProcessNouns get() {
        return DEFAULT;
    }

    boolean isProcess(String lemma) {
        return heads.contains(lemma) || suffixes.stream().anyMatch(lemma::endsWith);
    }

    /** A resistance or sensitivity to a therapy, said in one word ("radioresistance"). */
    record TherapyEffect(String therapy, Effect.Aspect aspect) {
    }

    /**
     * The therapy a word names, or null: the word itself ("radiation", "chemotherapeutic") or the
     * therapy of a "-induced"/"-mediated" compound ("radiation-induced").
     */
    String therapy(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceFirst("-(induced|mediated|related|associated)$", "");
        return therapies.get(w);
    }

    java.util.Optional<TherapyEffect> therapyEffect(String lemma) {
        return java.util.Optional.ofNullable(therapyEffects.get(lemma.toLowerCase(java.util.Locale.ROOT)));
    }

    /** "overall survival", "disease-free survival", "patient survival": an outcome of patients, not of cells. */
    boolean isOutcomeModifier(String word) {
        return outcomes.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a head names a process only with a premodifier in its label ("tumour incidence"). */
    boolean needsModifier(String lemma) {
        return modifiedOnly.contains(lemma);
    }

    boolean isClass(String lemma) {
        return classes.contains(lemma);
    }

    /**
     * The label of a process mention: {@code lower} is its lower-case text, ending in its head's lemma
     * {@code head}. A process of cells named bare, "cellular X" or "&lt;kind&gt; cell X" is "cell X"; a
     * leftover "cell" before other modifiers (of a cell line's name, "HC11 cell lactogenic
     * differentiation") goes; then the file's renames apply.
     */
    String label(String lower, String head) {
        String mods = lower.substring(0, lower.length() - head.length()).strip();
        String label = lower;
        if (cellLevel.contains(head) && (mods.isEmpty() || CELL_QUALIFIED.matcher(mods).find())) {
            label = "cell " + head;
        } else if (LEADING_CELL.matcher(mods).find()) {
            label = LEADING_CELL.matcher(mods).replaceFirst("") + " " + head;
        }
        return renamed.getOrDefault(label, label);
    }

    /** Whether a premodifier may join a process label. */
    boolean labelModifier(Tok t) {
        String word = t.word().toLowerCase(java.util.Locale.ROOT);
        boolean classifying = t.tag().startsWith("NN") && !t.tag().startsWith("NNP") || t.index() == 0 && t.tag().startsWith("NNP")
                || t.tag().equals("JJ") && (CLASSIFYING.matcher(word).find() || keptAdjectives.contains(word));
        boolean lowerCase = t.word().equals(word) || t.index() == 0 && t.word().substring(1).equals(word.substring(1));
        return classifying && (!t.tag().startsWith("NNP") || t.index() == 0) && lowerCase
                && !stop.contains(t.lemma()) && !stop.contains(word) && word.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }
}
