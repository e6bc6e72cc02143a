package io.litmine.index.export.bioc;

import java.util.List;
import java.util.Map;

/**
 * The part of the BioC data model litmine writes (see the BioC DTD): a collection of documents,
 * each a list of passages with their text and annotations; relations tie annotations together.
 * Offsets are document offsets, as BioC defines them (a passage's own offset included).
 */
final class BiocModel {

    private BiocModel() {
    }

    record Document(String id, Map<String, String> infons, List<Passage> passages) {
    }

    record Passage(Map<String, String> infons, int offset, String text, List<Annotation> annotations, List<Relation> relations) {
    }

    record Annotation(String id, Map<String, String> infons, int offset, int length, String text) {
    }

    record Node(String refid, String role) {
    }

    record Relation(String id, Map<String, String> infons, List<Node> nodes) {
    }
}
