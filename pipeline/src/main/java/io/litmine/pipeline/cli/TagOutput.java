package io.litmine.pipeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litmine.annotators.lexicon.Kind;
import io.litmine.annotators.tag.TaggedEntity;
import io.litmine.annotators.tag.TextDocument;
import io.litmine.corpus.model.Mention;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Writes one tagged document as PubTator or as a JSON line. */
enum TagOutput {
    /**
     * The document's text lines ({@code ID|t|title}, {@code ID|a|abstract}; {@code lines} input
     * becomes a title), then {@code ID<TAB>start<TAB>end<TAB>text<TAB>Gene|Chemical<TAB>identifier} (a chemical's
     * {@code MESH:D…} id when known, else the lexicon's),
     * then a blank line: any PubTator scorer reads it.
     */
    PUBTATOR {
        @Override
        void write(PrintWriter out, TextDocument doc, List<TaggedEntity> entities) {
            if (doc.isPubtator()) {
                out.println(doc.id() + "|t|" + doc.title());
                out.println(doc.id() + "|a|" + doc.abstractText());
            } else {
                out.println(doc.id() + "|t|" + doc.text());
            }
            for (TaggedEntity e : entities) {
                Mention m = e.mention();
                out.println(doc.id() + "\t" + m.start() + "\t" + m.end() + "\t" + m.text() + "\t"
                        + m.type().pubtatorType() + "\t" + e.pubtatorId());
            }
            out.println();
        }
    },
    /** {@code {"id","text","mentions":[{"start","end","text","type","identifier","name","kind","note","mesh"}]}} */
    JSONL {
        @Override
        void write(PrintWriter out, TextDocument doc, List<TaggedEntity> entities) {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("id", doc.id());
            node.put("text", doc.text());
            ArrayNode mentions = node.putArray("mentions");
            for (TaggedEntity e : entities) {
                Mention m = e.mention();
                ObjectNode mention = mentions.addObject();
                mention.put("start", m.start());
                mention.put("end", m.end());
                mention.put("text", m.text());
                mention.put("type", m.type().pubtatorType());
                mention.put("identifier", m.id());
                mention.put("name", m.name());
                if (e.kind() != Kind.CONCEPT) {
                    mention.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
                }
                if (e.note() != null) {
                    mention.put("note", e.note());
                }
                if (e.meshId() != null) {
                    mention.put("mesh", "MESH:" + e.meshId());
                }
            }
            try {
                out.println(MAPPER.writeValueAsString(node));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    abstract void write(PrintWriter out, TextDocument doc, List<TaggedEntity> entities);
}
