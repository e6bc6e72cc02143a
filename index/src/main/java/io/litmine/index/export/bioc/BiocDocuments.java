package io.litmine.index.export.bioc;

import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Section;
import io.litmine.index.export.bioc.BiocModel.Annotation;
import io.litmine.index.export.bioc.BiocModel.Document;
import io.litmine.index.export.bioc.BiocModel.Node;
import io.litmine.index.export.bioc.BiocModel.Passage;
import io.litmine.index.export.bioc.BiocModel.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps an annotated paper onto BioC: one passage per section (plus the front matter before the
 * first section, and the reference list), gene mentions as {@code Gene} and drug mentions as
 * {@code Chemical} annotations (PubTator's types, with {@code identifier} infons), each claim as a
 * {@code Claim} annotation over its sentence with its attributes as infons (the arguments' states and
 * the net relation among them), and a relation per claim
 * linking it to its subject and object mentions when they were tagged.
 */
final class BiocDocuments {

    private BiocDocuments() {
    }

    static Document of(AnnotatedPaper annotated) {
        Paper paper = annotated.paper();
        Map<String, String> infons = new LinkedHashMap<>();
        infons.put("title", paper.title());
        infons.put("source", paper.source());
        if (paper.year() != null) {
            infons.put("year", paper.year().toString());
        }
        if (paper.doi() != null) {
            infons.put("doi", paper.doi());
        }
        List<Passage> passages = new ArrayList<>();
        for (int[] span : passageSpans(paper)) {
            passages.add(passage(annotated, span[0], span[1]));
        }
        return new Document(paper.paperId(), infons, passages);
    }

    /** Front matter, each section, the reference list: non-empty, non-overlapping, in order. */
    private static List<int[]> passageSpans(Paper paper) {
        List<int[]> spans = new ArrayList<>();
        int at = 0;
        for (Section s : paper.sections()) {
            if (s.start() > at) {
                spans.add(new int[] {at, s.start()});
            }
            if (s.start() >= at && s.end() > s.start()) {
                spans.add(new int[] {s.start(), s.end()});
                at = s.end();
            }
        }
        if (paper.bodyEnd() > at) {
            spans.add(new int[] {at, paper.bodyEnd()});
            at = paper.bodyEnd();
        }
        if (paper.text().length() > at) {
            spans.add(new int[] {at, paper.text().length()});
        }
        return spans;
    }

    private static Passage passage(AnnotatedPaper annotated, int start, int end) {
        Paper paper = annotated.paper();
        Map<String, String> infons = new LinkedHashMap<>();
        infons.put("type", start >= paper.bodyEnd() ? "ref" : start == 0 && !paper.sections().isEmpty()
                && paper.sections().get(0).start() > 0 ? "front" : "section");
        String heading = paper.sectionAt(start);
        if (!heading.isEmpty()) {
            infons.put("section", heading);
        }
        List<Annotation> annotations = new ArrayList<>();
        Map<Mention, String> mentionIds = new LinkedHashMap<>();
        for (Mention m : annotated.mentions()) {
            if (m.start() >= start && m.end() <= end) {
                String id = "M" + annotated.mentions().indexOf(m);
                mentionIds.put(m, id);
                annotations.add(new Annotation(id, Map.of("type", m.type().pubtatorType(), "identifier", m.id(), "name", m.name()),
                        m.start(), m.end() - m.start(), m.text()));
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (Claim c : annotated.claims()) {
            if (c.start() < start || c.end() > end) {
                continue;
            }
            String id = "C" + annotated.claims().indexOf(c);
            annotations.add(new Annotation(id, claimInfons(c), c.start(), c.end() - c.start(), c.sentence()));
            List<Node> nodes = new ArrayList<>();
            nodes.add(new Node(id, "claim"));
            node(mentionIds, c, c.subjectId(), "subject").ifPresent(nodes::add);
            node(mentionIds, c, c.objectId(), "object").ifPresent(nodes::add);
            relations.add(new Relation("R" + annotated.claims().indexOf(c), Map.of("type", c.relation().name()), nodes));
        }
        return new Passage(infons, start, paper.text().substring(start, end), annotations, relations);
    }

    private static Map<String, String> claimInfons(Claim c) {
        Map<String, String> infons = new LinkedHashMap<>();
        infons.put("type", "Claim");
        infons.put("identifier", c.claimId());
        infons.put("subject", c.subject());
        if (c.subjectId() != null) {
            infons.put("subjectId", c.subjectId());
        }
        infons.put("relation", c.relation().name());
        infons.put("object", c.object());
        if (c.objectId() != null) {
            infons.put("objectId", c.objectId());
        }
        infons.put("negated", Boolean.toString(c.negated()));
        infons.put("hedged", Boolean.toString(c.hedged()));
        infons.put("evidence", c.evidence().label());
        infons.put("mechanism", c.mechanism().name());
        infons.put("citations", String.join(";", c.citations().stream().map(String::valueOf).toList()));
        infons.put("unresolved", String.join(";", c.unresolved()));
        // States only when there is one, as the ids only when there is one; the net relation always.
        if (c.subjectState().label() != null) {
            infons.put("subjectState", c.subjectState().label());
        }
        if (c.objectState().label() != null) {
            infons.put("objectState", c.objectState().label());
        }
        infons.put("netRelation", c.netRelation().name());
        return infons;
    }

    /** The first tagged mention inside the claim sentence whose normalised name is {@code name}. */
    private static java.util.Optional<Node> node(Map<Mention, String> ids, Claim c, String name, String role) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        return ids.entrySet().stream()
                .filter(e -> e.getKey().start() >= c.start() && e.getKey().end() <= c.end() && e.getKey().name().equals(name))
                .findFirst()
                .map(e -> new Node(e.getValue(), role));
    }
}
