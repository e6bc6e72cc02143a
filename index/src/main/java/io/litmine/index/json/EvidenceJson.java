package io.litmine.index.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Reference;
import io.litmine.index.search.CitedReference;
import io.litmine.index.search.IndexedSentence;
import io.litmine.index.search.PaperMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON mapping of the evidence model, used for the JSON stored in the index and for exports. The
 * model records map directly (Jackson reads and writes record components in declaration order);
 * enums are written by name, except {@link Evidence}, written by its label ({@code in_vitro}), and
 * {@link ArgumentState}, written by its label ({@code loss}; {@code null} for NONE), as the gold data and
 * the exports spell them. A state is read from its label or its name, and a missing one (JSON stored
 * before states existed) is NONE.
 *
 * <p>Thread-safe: the mapper is configured once and only read afterwards.
 */
public final class EvidenceJson {

    private static final TypeReference<List<Reference>> REFERENCES = new TypeReference<>() {
    };

    private static final TypeReference<List<CitedReference>> CITED = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(evidenceModule()).build();

    private EvidenceJson() {
    }

    /** The mapper, for callers that stream or build JSON of their own (exporters). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(AnnotatedPaper paper) {
        return write(paper);
    }

    public static AnnotatedPaper annotatedPaper(String json) {
        return read(json, AnnotatedPaper.class);
    }

    public static String toJson(Claim claim) {
        return write(claim);
    }

    public static Claim claim(String json) {
        return read(json, Claim.class);
    }

    public static String referencesToJson(List<Reference> references) {
        return write(references);
    }

    public static List<Reference> references(String json) {
        try {
            return MAPPER.readValue(json, REFERENCES);
        } catch (JsonProcessingException e) {
            throw new InvalidEvidenceJsonException("cannot read references from JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String toJson(PaperMeta meta) {
        return write(meta);
    }

    public static PaperMeta paperMeta(String json) {
        return read(json, PaperMeta.class);
    }

    public static String toJson(IndexedSentence sentence) {
        return write(sentence);
    }

    public static IndexedSentence sentence(String json) {
        return read(json, IndexedSentence.class);
    }

    public static String stringsToJson(List<String> strings) {
        return write(strings);
    }

    /** A JSON array of strings; empty for null (a field not stored). */
    public static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(MAPPER.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new InvalidEvidenceJsonException("cannot read a list of strings from JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String citationsToJson(List<CitedReference> cited) {
        return write(cited);
    }

    public static List<CitedReference> citations(String json) {
        try {
            return MAPPER.readValue(json, CITED);
        } catch (JsonProcessingException e) {
            throw new InvalidEvidenceJsonException("cannot read cited references from JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // The model is plain records of strings, numbers and lists: this cannot happen short of a bug.
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEvidenceJsonException(
                    "cannot read " + type.getSimpleName() + " from JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static SimpleModule evidenceModule() {
        SimpleModule module = new SimpleModule("litmine-evidence");
        module.addSerializer(Evidence.class, new JsonSerializer<>() {
            @Override
            public void serialize(Evidence value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.label());
            }
        });
        module.addDeserializer(Evidence.class, new JsonDeserializer<>() {
            @Override
            public Evidence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String label = p.getValueAsString();
                try {
                    return Evidence.fromLabel(label);
                } catch (IllegalArgumentException | NullPointerException e) {
                    return (Evidence) ctxt.handleWeirdStringValue(Evidence.class, label, "not an evidence label");
                }
            }
        });
        module.addSerializer(ArgumentState.class, new JsonSerializer<>() {
            @Override
            public void serialize(ArgumentState value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                if (value.label() == null) {
                    gen.writeNull();
                } else {
                    gen.writeString(value.label());
                }
            }
        });
        module.addDeserializer(ArgumentState.class, new JsonDeserializer<>() {
            @Override
            public ArgumentState deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String label = p.getValueAsString();
                try {
                    return ArgumentState.fromLabel(label);
                } catch (IllegalArgumentException e) {
                    return (ArgumentState) ctxt.handleWeirdStringValue(ArgumentState.class, label, "not an argument state");
                }
            }

            @Override
            public ArgumentState getNullValue(DeserializationContext ctxt) {
                return ArgumentState.NONE;
            }
        });
        return module;
    }
}
