package io.litmine.annotators.claim;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When mentions written next to each other are one argument ({@code joined-entities.txt}): always
 * across "/", across a hyphen or dash written with no space ("AKT-mTOR-STAT3 axis"), and across "and"
 * only before a singular pathway or complex head ("the PI-3-kinase and Akt signal transduction
 * pathway").
 */
final class JoinedEntities {

    private static final JoinedEntities INSTANCE = new JoinedEntities();

    private final Pattern joiner;
    /** " and " then the last mention, then optional words and a singular head. */
    private final Pattern headAfter;

    private JoinedEntities() {
        Map<String, String> fields = new HashMap<>();
        for (RuleFile.Line line : RuleFile.fromResource(JoinedEntities.class, "joined-entities.txt", "field", "regex")) {
            if (fields.put(line.field(0), line.field(1)) != null) {
                throw line.error("field '" + line.field(0) + "' given twice");
            }
            line.words(1);
        }
        for (String needed : new String[] {"joiner", "head", "between"}) {
            if (!fields.containsKey(needed)) {
                throw new TaxonomyException("joined-entities.txt: no '" + needed + "' line");
            }
        }
        this.joiner = Pattern.compile(fields.get("joiner"));
        this.headAfter = Pattern.compile("^\\s+(?:(?:" + fields.get("between") + ")\\s+){0,3}(?:" + fields.get("head") + ")\\b(?!s)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static JoinedEntities get() {
        return INSTANCE;
    }

    /** Whether the text between two mentions makes them one argument on its own ("/", "-", "–"). */
    boolean joins(String between) {
        return between.equals("/") || joiner.matcher(between).matches();
    }

    /** Whether "X and Y" names one pathway or complex: a singular head follows Y ({@code after} starts right after Y). */
    boolean joinsByAnd(String between, String after) {
        return between.equals(" and ") && headAfter.matcher(after).find();
    }
}
