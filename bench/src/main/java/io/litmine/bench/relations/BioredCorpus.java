package io.litmine.bench.relations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BioRED PubTator file read as {@code evalutil.read_pubtator} and {@code score_relations.py} read it:
 * {@code PMID|t|title} and {@code PMID|a|abstract} lines, mention lines
 * {@code PMID<TAB>start<TAB>end<TAB>text<TAB>Type<TAB>Identifier}, and relation lines
 * {@code PMID<TAB>Type<TAB>id1<TAB>id2[<TAB>novelty]} (any other line of four or more fields whose second
 * field is not a number).
 */
public record BioredCorpus(Map<String, Document> documents, List<GoldMention> mentions, List<GoldRelation> relations) {

    private static final Pattern TEXT_LINE = Pattern.compile("([^|\\t]+)\\|([ta])\\|(.*)", Pattern.DOTALL);

    /** Title and abstract ("" when the file has none). */
    public record Document(String id, String title, String abstractText) {
    }

    public record GoldMention(String doc, int start, int end, String text, String type, String identifier) {
    }

    /** As written: the kinds of the two identifiers are checked by the scorer. */
    public record GoldRelation(String doc, String type, String first, String second) {
    }

    public BioredCorpus {
        documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }

    public static BioredCorpus read(Path pubtator) throws IOException {
        Map<String, String[]> parts = new LinkedHashMap<>();
        List<GoldMention> mentions = new ArrayList<>();
        List<GoldRelation> relations = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(pubtator, StandardCharsets.UTF_8)) {
            lineNo++;
            Matcher m = TEXT_LINE.matcher(line);
            boolean textLine = m.matches();
            if (textLine) {
                parts.computeIfAbsent(m.group(1), d -> new String[2])[m.group(2).equals("t") ? 0 : 1] = m.group(3);
            }
            String[] f = line.split("\t", -1);
            if (!textLine && f.length >= 5 && ScorerText.isDigits(ScorerText.strip(f[1]))) {
                if (!ScorerText.isDigits(ScorerText.strip(f[2]))) {
                    throw new IOException(pubtator + ":" + lineNo + ": end offset is not an integer: " + f[2]);
                }
                mentions.add(new GoldMention(f[0], Integer.parseInt(ScorerText.strip(f[1])), Integer.parseInt(ScorerText.strip(f[2])),
                        f[3], ScorerText.strip(f[4]), f.length > 5 ? ScorerText.strip(f[5]) : ""));
            }
            // score_relations.py reads relations in a second pass over every line, text lines included.
            if (f.length >= 4 && !ScorerText.isDigits(ScorerText.strip(f[1]))) {
                relations.add(new GoldRelation(f[0], f[1], ScorerText.strip(f[2]), ScorerText.strip(f[3])));
            }
        }
        Map<String, Document> documents = new LinkedHashMap<>();
        parts.forEach((id, p) -> documents.put(id, new Document(id, Objects.toString(p[0], ""), Objects.toString(p[1], ""))));
        return new BioredCorpus(documents, mentions, relations);
    }

    /** {@code PMID.txt}: the title, a blank line, the abstract, a final newline. */
    public List<RelationText> texts() {
        return documents.values().stream()
                .map(d -> new RelationText(d.id() + ".txt", d.title() + "\n\n" + d.abstractText() + "\n"))
                .toList();
    }
}
