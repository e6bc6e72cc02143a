package io.litmine.bench.search;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconEntry;
import io.litmine.corpus.model.AnnotatedPaper;
import io.litmine.corpus.model.ArgumentState;
import io.litmine.corpus.model.Claim;
import io.litmine.corpus.model.EntityType;
import io.litmine.corpus.model.Evidence;
import io.litmine.corpus.model.Mechanism;
import io.litmine.corpus.model.Mention;
import io.litmine.corpus.model.Paper;
import io.litmine.corpus.model.Relation;
import io.litmine.corpus.model.Section;
import io.litmine.corpus.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes variants of real annotated papers for a large benchmark index, without CoreNLP: a variant
 * has a new id, source and year, and one claim per sentence of the original that has a tagged
 * gene/drug mention (plus the original claims), with the first mention swapped for another entry
 * of the lexicon (so genes, drugs and words vary across the index), and relation, mechanism,
 * evidence, hedging and negation varied deterministically. Sentences stay the papers' real text. A
 * variant is another work (own title, no DOI, a line added at its body's end), so the index keeps it.
 */
final class VariantPapers {

    private static final Relation[] RELATIONS = Relation.values();
    private static final Mechanism[] MECHANISMS = Mechanism.values();
    private static final Evidence[] EVIDENCE = Evidence.values();

    private final List<LexiconEntry> genes = Lexicon.builtIn(EntityType.GENE).entries();
    private final List<LexiconEntry> drugs = Lexicon.builtIn(EntityType.DRUG).entries();

    AnnotatedPaper variant(AnnotatedPaper original, int variant) {
        Paper p = original.paper();
        String paperId = "v" + variant + "-" + p.paperId();
        // Another work, not a copy of the original (which the index would fold into it): its own title, no
        // DOI, and a body that differs (a line at its end, so no offset before it moves).
        String marker = "\n\nVariant " + variant + ".";
        int bodyEnd = p.bodyEnd();
        String text = p.text().substring(0, bodyEnd) + marker + p.text().substring(bodyEnd);
        List<Section> sections = p.sections().stream().map(sec -> new Section(sec.heading(),
                sec.start() >= bodyEnd ? sec.start() + marker.length() : sec.start(),
                sec.end() >= bodyEnd ? sec.end() + marker.length() : sec.end())).toList();
        Paper paper = new Paper(paperId, "variants/" + variant + "/" + p.source(), p.title() + " (variant " + variant + ")",
                p.authors(), 1995 + Math.floorMod(variant + p.paperId().hashCode(), 31), null, text, sections, p.references(),
                bodyEnd + marker.length(), p.markedCallouts());
        List<Claim> claims = new ArrayList<>();
        for (Claim c : original.claims()) {
            claims.add(new Claim(paperId + "-o" + claims.size(), paperId, c.section(), c.sentence(), c.start(), c.end(),
                    c.subject(), c.subjectId(), c.relation(), c.object(), c.objectId(), c.negated(), c.hedged(), c.evidence(),
                    c.mechanism(), c.genes(), c.drugs(), c.citations(), c.unresolved(), c.supportedCitations(),
                    c.subjectState(), c.objectState()));
        }
        int k = 0;
        for (Sentence s : original.sentences()) {
            List<Mention> in = original.mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            if (in.isEmpty()) {
                continue;
            }
            claims.add(claim(paperId, s, in, original, variant * 7919 + k++));
        }
        return new AnnotatedPaper(paper, original.sentences(), original.mentions(), original.citations(), claims);
    }

    private Claim claim(String paperId, Sentence s, List<Mention> mentions, AnnotatedPaper original, int seed) {
        Mention first = mentions.get(0);
        List<LexiconEntry> pool = first.type() == EntityType.GENE ? genes : drugs;
        LexiconEntry swap = pool.get(Math.floorMod(seed * 31 + 17, pool.size()));
        String surface = swap.synonyms().get(Math.floorMod(seed, swap.synonyms().size()));
        int at = first.start() - s.start();
        String sentence = s.text().substring(0, at) + surface + s.text().substring(at + first.end() - first.start());
        List<String> geneIds = new ArrayList<>();
        List<String> drugIds = new ArrayList<>();
        (swap.type() == EntityType.GENE ? geneIds : drugIds).add(swap.name());
        for (Mention m : mentions.subList(1, mentions.size())) {
            List<String> ids = m.type() == EntityType.GENE ? geneIds : drugIds;
            if (!ids.contains(m.name())) {
                ids.add(m.name());
            }
        }
        Mention object = mentions.size() > 1 ? mentions.get(1) : null;
        List<Integer> cited = original.citations().stream()
                .filter(c -> c.start() >= s.start() && c.end() <= s.end())
                .flatMap(c -> c.resolved().stream()).distinct().toList();
        List<String> unresolved = original.citations().stream()
                .filter(c -> c.start() >= s.start() && c.end() <= s.end())
                .flatMap(c -> c.unresolved().stream()).distinct().toList();
        return new Claim(paperId + "-s" + s.index(), paperId, s.section(), sentence, s.start(), s.end(),
                surface, swap.name(), RELATIONS[Math.floorMod(seed, RELATIONS.length)],
                object == null ? "cell survival" : object.text(), object == null ? null : object.name(),
                Math.floorMod(seed, 13) == 0, Math.floorMod(seed, 5) == 0, EVIDENCE[Math.floorMod(seed / 3, EVIDENCE.length)],
                MECHANISMS[Math.floorMod(seed / 7, MECHANISMS.length)], geneIds, drugIds, cited, unresolved,
                List.of(), ArgumentState.NONE, ArgumentState.NONE);
    }
}
