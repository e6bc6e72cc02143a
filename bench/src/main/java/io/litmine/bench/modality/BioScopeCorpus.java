package io.litmine.bench.modality;

import io.litmine.annotators.claim.modality.CueKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a BioScope XML file ({@code BioScope.dtd}): {@code Document}s of {@code sentence}s whose text
 * holds nested {@code xcope} elements, each with a {@code cue type="negation|speculation"}. Scopes are
 * dropped; cue spans are character offsets into the sentence's text. The DTD is not read.
 */
public final class BioScopeCorpus {

    private BioScopeCorpus() {
    }

    public static List<BioScopeSentence> read(Path file) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
            try {
                return sentences(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("malformed BioScope XML " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<BioScopeSentence> sentences(XMLStreamReader r) throws XMLStreamException {
        List<BioScopeSentence> out = new ArrayList<>();
        int document = -1;
        while (r.hasNext()) {
            int event = r.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("Document")) {
                document++;
            } else if (r.getLocalName().equals("sentence")) {
                out.add(sentence(r, r.getAttributeValue(null, "id"), Math.max(document, 0)));
            }
        }
        return out;
    }

    /** Reads from a {@code <sentence>} start to its end. */
    private static BioScopeSentence sentence(XMLStreamReader r, String id, int document) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<GoldCue> cues = new ArrayList<>();
        CueKind cue = null;
        int cueStart = 0;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (r.getLocalName().equals("cue")) {
                        cue = kind(r, id);
                        cueStart = text.length();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (r.getLocalName().equals("cue") && cue != null) {
                        cues.add(new GoldCue(cue, cueStart, text.length()));
                        cue = null;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(r.getText());
                default -> {
                }
            }
        }
        return new BioScopeSentence(id, document, text.toString(), cues);
    }

    private static CueKind kind(XMLStreamReader r, String sentence) throws XMLStreamException {
        String type = String.valueOf(r.getAttributeValue(null, "type"));
        return switch (type) {
            case "negation" -> CueKind.NEGATION;
            case "speculation" -> CueKind.SPECULATION;
            default -> throw new XMLStreamException("sentence " + sentence + ": cue type '" + type + "' (negation | speculation)", r.getLocation());
        };
    }
}
