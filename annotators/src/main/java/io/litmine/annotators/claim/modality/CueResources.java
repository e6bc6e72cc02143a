package io.litmine.annotators.claim.modality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the two cue resources: the claim extractor's single-word cues ({@code modality-cues.tsv},
 * lemma → kind; the column saying where the cue sits in the parse is for the claim extractor) and the
 * tagger's multi-word cues and context rules ({@code modality-cue-rules.tsv}).
 */
final class CueResources {

    static final String CUES = "/io/litmine/annotators/claim/modality-cues.tsv";
    static final String RULES = "/io/litmine/annotators/claim/modality-cue-rules.tsv";
    private static final Set<String> WHERE = Set.of("dependent", "governor");

    private CueResources() {
    }

    /** Single-word cues by lemma. A lemma listed twice must keep one kind. */
    static Map<String, CueKind> cues(String resource) {
        Map<String, CueKind> out = new HashMap<>();
        for (Line line : lines(resource)) {
            String[] f = line.fields();
            if (f.length < 3 || f.length > 4 || !WHERE.contains(f[2])) {
                throw line.error("expected lemma<TAB>negation|hedge<TAB>dependent|governor[<TAB>note]");
            }
            CueKind kind = line.kind(f[1]);
            CueKind before = out.putIfAbsent(f[0].toLowerCase(Locale.ROOT), kind);
            if (before != null && before != kind) {
                throw line.error("'" + f[0] + "' is listed both as " + before + " and as " + kind);
            }
        }
        return out;
    }

    /** The rules in file order. */
    static List<CueRule> rules(String resource) {
        List<CueRule> out = new ArrayList<>();
        for (Line line : lines(resource)) {
            String[] f = line.fields();
            if (f.length != 2) {
                throw line.error("expected pattern<TAB>negation|hedge|none");
            }
            try {
                out.add(CueRule.parse(f[0], f[1].equals("none") ? null : line.kind(f[1]), out.size()));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return out;
    }

    private static List<Line> lines(String resource) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = CueResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModalityCueException(resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            for (int n = 1; (text = r.readLine()) != null; n++) {
                if (!text.isBlank() && !text.startsWith("#")) {
                    out.add(new Line(resource, n, text.strip()));
                }
            }
        } catch (IOException e) {
            throw new ModalityCueException("cannot read " + resource, e);
        }
        return out;
    }

    private record Line(String resource, int number, String text) {

        String[] fields() {
            return text.split("\t");
        }

        CueKind kind(String name) {
            try {
                return CueKind.parse(name);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        ModalityCueException error(String why) {
            return new ModalityCueException(resource + " line " + number + ": " + why + ": '" + text + "'");
        }
    }
}
