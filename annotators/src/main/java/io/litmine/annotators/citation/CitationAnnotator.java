package io.litmine.annotators.citation;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.litmine.annotators.LitmineAnnotations;
import io.litmine.corpus.model.Citation;
import io.litmine.corpus.model.MarkedCallout;
import io.litmine.corpus.model.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds citation callouts in each sentence — numbered ({@link CalloutParser}) and author–year
 * ({@link AuthorYearParser}, linked by first-author surname, year and letter) — links their labels to the
 * paper's reference list and marks the callout's tokens so that no entity tagger reads {@code (19)} as a name.
 *
 * <p>Registered as {@code customAnnotatorClass.citations=io.litmine.annotators.citation.CitationAnnotator}.
 * Reads the document's {@link LitmineAnnotations.ReferencesAnnotation} (absent = empty list: every
 * label unresolved). When the document carries {@link LitmineAnnotations.MarkedCalloutsAnnotation}
 * (callouts given by the source's markup, JATS), those are used instead of detection: each becomes a
 * citation of the sentence it starts in. Properties, under the annotator's name:
 * <ul>
 *   <li>{@code citations.yearMin} (default 1900), {@code citations.yearMax} (default 2099): a
 *       number in this range that is beyond the reference list is a year, not a callout;</li>
 *   <li>{@code citations.maxRange} (default 100): a longer range such as {@code (1-500)} is not a
 *       callout.</li>
 * </ul>
 * Writes {@link LitmineAnnotations.CitationsAnnotation} on each sentence (offsets into the
 * document text) and {@link LitmineAnnotations.InCitationAnnotation} on the callout's tokens.
 */
public final class CitationAnnotator implements Annotator {

    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> REQUIRES = Set.of(
            CoreAnnotations.TextAnnotation.class,
            CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.SentencesAnnotation.class,
            CoreAnnotations.CharacterOffsetBeginAnnotation.class,
            CoreAnnotations.CharacterOffsetEndAnnotation.class);
    @SuppressWarnings("rawtypes")
    private static final Set<Class<? extends CoreAnnotation>> SATISFIES = Set.of(
            LitmineAnnotations.CitationsAnnotation.class,
            LitmineAnnotations.InCitationAnnotation.class);

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int MIN_FOR_STYLE = 10;
    private static final Pattern ET_AL = Pattern.compile("\\bet\\s+al\\b");

    private final CalloutParser parser;
    private final AuthorYearParser authorYearParser = new AuthorYearParser();

    public CitationAnnotator(String name, Properties props) {
        this.parser = new CalloutParser(
                intProperty(props, name + ".yearMin", 1900),
                intProperty(props, name + ".yearMax", 2099),
                intProperty(props, name + ".maxRange", 100));
    }

    private static int intProperty(Properties props, String key, int defaultValue) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("property " + key + " must be an integer, got '" + value + "'", e);
        }
    }

    @Override
    public void annotate(Annotation annotation) {
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<Reference> references = annotation.get(LitmineAnnotations.ReferencesAnnotation.class);
        if (references == null) {
            references = List.of();
        }
        List<MarkedCallout> marked = annotation.get(LitmineAnnotations.MarkedCalloutsAnnotation.class);
        if (marked != null && !marked.isEmpty()) {
            placeMarked(text, marked, annotation.get(CoreAnnotations.SentencesAnnotation.class));
            return;
        }
        Map<String, Integer> indexByLabel = indexByLabel(references);
        AuthorYearIndex authorYear = new AuthorYearIndex(references);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Callout>> found = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            found.add(callouts(text.substring(begin, end), references.size(), authorYear));
        }
        boolean bracketStyle = bracketStyle(found);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String sentenceText = text.substring(begin, end);
            List<Citation> citations = new ArrayList<>();
            for (Callout callout : found.get(i)) {
                if (bracketStyle && numberedInParentheses(callout)) {
                    continue;
                }
                int start = begin + callout.start();
                int stop = begin + callout.end();
                citations.add(link(callout, sentenceText, start, stop, indexByLabel, authorYear));
                markTokens(sentence.get(CoreAnnotations.TokensAnnotation.class), start, stop);
            }
            sentence.set(LitmineAnnotations.CitationsAnnotation.class, List.copyOf(citations));
        }
    }

    /**
     * A paper that cites in square brackets ([3], [2, 3]) uses parenthesised numbers for something else:
     * enumerations ("(1) responses limiting use and (2) …"), counts in a list ("village area (62), water
     * bodies (57)"), figure panels. Brackets dominate when they are at least four in five of at least ten
     * numbered callouts; a paper that cites in parentheses may still print a few brackets (the seed).
     */
    private static boolean bracketStyle(List<List<Callout>> found) {
        long bracketed = 0;
        long numbered = 0;
        for (List<Callout> callouts : found) {
            for (Callout c : callouts) {
                if (numbered(c)) {
                    numbered++;
                    bracketed += c.marker().startsWith("[") ? 1 : 0;
                }
            }
        }
        return numbered >= MIN_FOR_STYLE && bracketed * 5 >= numbered * 4;
    }

    private static boolean numberedInParentheses(Callout callout) {
        return callout.marker().startsWith("(") && numbered(callout);
    }

    private static boolean numbered(Callout callout) {
        return !callout.labels().isEmpty() && NUMBER.matcher(callout.labels().get(0)).matches();
    }

    /**
     * Numbered callouts, then author–year ones that overlap none of them. A name and a year in
     * parentheses is a callout only when it names a reference or says "et al.": "(January 2001)" or
     * "Trial (2019)" then stay text.
     */
    private List<Callout> callouts(String sentence, int referenceCount, AuthorYearIndex authorYear) {
        List<Callout> callouts = new ArrayList<>(parser.find(sentence, referenceCount));
        for (Callout c : authorYearParser.find(sentence)) {
            boolean overlaps = callouts.stream().anyMatch(o -> o.start() < c.end() && c.start() < o.end());
            boolean named = c.labels().stream().anyMatch(l -> authorYear.resolve(l).isPresent()) || ET_AL.matcher(c.marker()).find();
            if (!overlaps && named) {
                callouts.add(c);
            }
        }
        callouts.sort(Comparator.comparingInt(Callout::start));
        return callouts;
    }

    /**
     * The markup already says where each callout is and what it names; only the sentence is new. A
     * callout belongs to the last sentence starting at or before it, so one between sentences (or an
     * unprinted, empty one) is still reported exactly once.
     */
    private static void placeMarked(String text, List<MarkedCallout> marked, List<CoreMap> sentences) {
        List<List<Citation>> bySentence = new ArrayList<>();
        sentences.forEach(s -> bySentence.add(new ArrayList<>()));
        if (sentences.isEmpty()) {
            return;
        }
        int s = 0;
        for (MarkedCallout callout : marked.stream().sorted(java.util.Comparator.comparingInt(MarkedCallout::start)).toList()) {
            while (s + 1 < sentences.size() && begin(sentences.get(s + 1)) <= callout.start()) {
                s++;
            }
            CoreMap sentence = sentences.get(s);
            int begin = begin(sentence);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            bySentence.get(s).add(callout.inSentence(text.substring(begin, Math.max(end, begin))));
            markTokens(sentence.get(CoreAnnotations.TokensAnnotation.class), callout.start(), callout.end());
        }
        for (int i = 0; i < sentences.size(); i++) {
            sentences.get(i).set(LitmineAnnotations.CitationsAnnotation.class, List.copyOf(bySentence.get(i)));
        }
    }

    private static int begin(CoreMap sentence) {
        return sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    private static Citation link(Callout callout, String sentence, int start, int end, Map<String, Integer> indexByLabel,
            AuthorYearIndex authorYear) {
        List<String> labels = new ArrayList<>();
        List<Integer> resolved = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (String label : callout.labels()) {
            labels.add(label);
            Integer index = NUMBER.matcher(label).matches() ? indexByLabel.get(label) : authorYear.resolve(label).orElse(null);
            if (index == null) {
                unresolved.add(label);
            } else {
                resolved.add(index);
            }
        }
        return new Citation(callout.marker(), sentence, start, end, labels, resolved, unresolved);
    }

    /**
     * Labels as printed may carry brackets or a dot ("[19]", "19."); callouts never do. In a list with no
     * numbered labels (author–year labels, an HTML {@code <ol>}) a number names the position.
     */
    private static Map<String, Integer> indexByLabel(List<Reference> references) {
        Map<String, Integer> map = new HashMap<>();
        for (Reference reference : references) {
            String label = reference.label().replaceAll("[^0-9A-Za-z]", "").replaceFirst("^0+(?=\\d)", "");
            map.putIfAbsent(label, reference.index());
        }
        if (references.stream().noneMatch(r -> NUMBER.matcher(r.label().replaceAll("[^0-9A-Za-z]", "")).matches())) {
            references.forEach(r -> map.putIfAbsent(Integer.toString(r.index()), r.index()));
        }
        return map;
    }

    private static void markTokens(List<CoreLabel> tokens, int start, int end) {
        for (CoreLabel token : tokens) {
            if (token.beginPosition() < end && token.endPosition() > start) {
                token.set(LitmineAnnotations.InCitationAnnotation.class, Boolean.TRUE);
            }
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
