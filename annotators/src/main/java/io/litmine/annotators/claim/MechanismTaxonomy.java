package io.litmine.annotators.claim;

import io.litmine.corpus.model.Mechanism;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resistance-mechanism taxonomy (GUIDELINE §6): per class, the gene ids of its resistance drivers
 * and the keywords of its sentences, in priority order. The default is {@code mechanism-taxonomy.tsv}
 * beside this class, whose comments give the format; {@link #load(Path)} reads another file of that
 * format. Immutable and shared.
 */
final class MechanismTaxonomy {

    private static final Logger LOG = LoggerFactory.getLogger(MechanismTaxonomy.class);
    static final String RESOURCE = "mechanism-taxonomy.tsv";
    private static final String[] COLUMNS = {"class", "gene ids", "keywords"};
    private static final String NONE = "-";

    /** One class: its gene ids (upper case) and its keyword pattern, either possibly empty. */
    record Rule(Mechanism mechanism, Set<String> geneIds, Pattern keywords) {
    }

    /** Loaded on first use, so that {@link #load(Path)} works even before the default is needed. */
    private static final class Default {
        static final MechanismTaxonomy INSTANCE = parse(RuleFile.fromResource(MechanismTaxonomy.class, RESOURCE, COLUMNS));
    }

    private final List<Rule> rules;

    private MechanismTaxonomy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The taxonomy shipped in this module. */
    static MechanismTaxonomy defaults() {
        return Default.INSTANCE;
    }

    /** A taxonomy file of the default's format; a {@link TaxonomyException} names file:line when it is malformed. */
    static MechanismTaxonomy load(Path file) {
        MechanismTaxonomy taxonomy = parse(RuleFile.fromFile(file, COLUMNS));
        LOG.info("mechanism taxonomy: {} classes from {}", taxonomy.rules.size(), file);
        return taxonomy;
    }

    /** The taxonomy a setting names: the file at {@code file}, or the default when it is null or blank. */
    static MechanismTaxonomy orDefault(String file) {
        return file == null || file.isBlank() ? defaults() : load(Path.of(file.strip()));
    }

    /** The classes in priority order. */
    List<Rule> rules() {
        return rules;
    }

    /**
     * The claim's class: its subject's, then its object's id (each part of a pair id on its own) looked
     * up in the classes' gene ids, and only then the sentence's keywords; OTHER when nothing matches.
     */
    Mechanism classify(String subjectId, String objectId, String sentence) {
        for (String id : new String[] {subjectId, objectId}) {
            if (id == null) {
                continue;
            }
            for (String part : id.toUpperCase(Locale.ROOT).split("/")) {
                for (Rule rule : rules) {
                    if (rule.geneIds().contains(part)) {
                        return rule.mechanism();
                    }
                }
            }
        }
        for (Rule rule : rules) {
            if (rule.keywords() != null && rule.keywords().matcher(sentence).find()) {
                return rule.mechanism();
            }
        }
        return Mechanism.OTHER;
    }

    private static MechanismTaxonomy parse(List<RuleFile.Line> lines) {
        Map<Mechanism, Integer> seen = new EnumMap<>(Mechanism.class);
        List<Rule> rules = new ArrayList<>();
        for (RuleFile.Line line : lines) {
            Mechanism mechanism = mechanism(line);
            Integer before = seen.putIfAbsent(mechanism, line.number());
            if (before != null) {
                throw line.error(mechanism + " is already on line " + before);
            }
            Set<String> ids = geneIds(line);
            Pattern keywords = line.field(2).equals(NONE) ? null : line.words(2);
            if (ids.isEmpty() && keywords == null) {
                throw line.error(mechanism + " has neither gene ids nor keywords");
            }
            rules.add(new Rule(mechanism, ids, keywords));
        }
        return new MechanismTaxonomy(rules);
    }

    private static Mechanism mechanism(RuleFile.Line line) {
        String name = line.field(0);
        Mechanism mechanism;
        try {
            mechanism = Mechanism.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.error("unknown class '" + name + "', expected one of " + Arrays.stream(Mechanism.values())
                    .filter(m -> m != Mechanism.OTHER).map(Mechanism::name).collect(Collectors.joining(", ")));
        }
        if (mechanism == Mechanism.OTHER) {
            // OTHER is the fallback: a line for it would shadow the classes below it.
            throw line.error("OTHER takes no line: it is what no line matches");
        }
        return mechanism;
    }

    private static Set<String> geneIds(RuleFile.Line line) {
        if (line.field(1).equals(NONE)) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (String raw : line.field(1).split(",", -1)) {
            String id = raw.strip().toUpperCase(Locale.ROOT);
            if (id.isEmpty() || id.contains("/")) {
                // Pair ids are split on '/' before the look-up, so an id with one could never match.
                throw line.error("bad gene id '" + raw.strip() + "' in '" + line.field(1) + "' (comma-separated ids, no '/')");
            }
            ids.add(id);
        }
        return Set.copyOf(ids);
    }
}
