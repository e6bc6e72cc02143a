package io.litmine.annotators.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The process, phenotype and enzyme-class vocabulary of {@code processes.txt}. */
final class ProcessNouns {

    private static final ProcessNouns DEFAULT = new ProcessNouns();
    /**
     * Adjectives that classify a process ("lactogenic", "erythroid", "mammary", "terminal") rather than
     * grade it ("redundant", "aberrant"): only they join a label.
     */
    private static final java.util.regex.Pattern CLASSIFYING = java.util.regex.Pattern.compile("(ic|al|oid|ary|ar|ine)$");

    private final Set<String> heads = new HashSet<>();
    private final List<String> suffixes = new ArrayList<>();
    private final Set<String> classes = new HashSet<>();
    private final Set<String> stop = new HashSet<>();

    private ProcessNouns() {
        for (RuleFile.Line line : RuleFile.lines(ProcessNouns.class, "processes.txt")) {
            String l = line.field(0);
            if (l.startsWith("suffix:")) {
                suffixes.add(l.substring(7).strip());
            } else if (l.startsWith("class:")) {
                classes.add(l.substring(6).strip());
            } else if (l.startsWith("stop:")) {
                stop.add(l.substring(5).strip());
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

    boolean isClass(String lemma) {
        return classes.contains(lemma);
    }

    /** Whether a premodifier may join a process label. */
    boolean labelModifier(Tok t) {
        String word = t.word().toLowerCase(java.util.Locale.ROOT);
        boolean classifying = t.tag().startsWith("NN") && !t.tag().startsWith("NNP") || t.index() == 0 && t.tag().startsWith("NNP") || t.tag().equals("JJ") && CLASSIFYING.matcher(word).find();
        boolean lowerCase = t.word().equals(word) || t.index() == 0 && t.word().substring(1).equals(word.substring(1));
        return classifying && (!t.tag().startsWith("NNP") || t.index() == 0) && lowerCase
                && !stop.contains(t.lemma()) && !stop.contains(word) && word.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }
}
