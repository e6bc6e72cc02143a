package io.litmine.annotators.lexicon.importing;

import io.litmine.annotators.lexicon.Lexicon;
import io.litmine.annotators.lexicon.LexiconException;
import io.litmine.annotators.lexicon.Qualifiers;
import io.litmine.corpus.files.FileTrees;
import io.litmine.corpus.model.EntityType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the full lexicon ({@code genes.tsv}, {@code drugs.tsv}) from the HGNC complete set and
 * the DrugBank open vocabulary, merged with the built-in curated lexicon, which comes first and
 * wins every conflict ({@link SynonymResolver}); ambiguous synonyms are filtered by
 * {@link SynonymPolicy}.
 *
 * <p>Both inputs are read and validated before anything is written; the files are then written
 * to a temporary folder inside the target, re-read as lexicons as a last check, and moved over the
 * old ones atomically, so a failed import leaves the previous lexicon as it was.
 */
public final class LexiconImporter {

    private static final Logger LOG = LoggerFactory.getLogger(LexiconImporter.class);
    /** Pseudogenes, RNA genes, phenotypes and withdrawn symbols are not what papers call proteins. */
    static final Set<String> LOCUS_GROUPS = Set.of("protein-coding gene", "other");

    public ImportSummary importInto(Path hgnc, Path drugbank, Path dir) throws LexiconImportException {
        List<HgncGene> genes = HgncFile.read(hgnc);
        List<DrugBankDrug> drugs = DrugBankFile.read(drugbank);
        LOG.info("read {} HGNC genes from {} and {} DrugBank drugs from {}", genes.size(), hgnc, drugs.size(), drugbank);

        SynonymResolver geneResolver = new SynonymResolver(new SynonymPolicy(EntityType.GENE), Lexicon.builtIn(EntityType.GENE));
        List<String> geneLines = geneLines(genes, geneResolver);
        SynonymResolver drugResolver = new SynonymResolver(new SynonymPolicy(EntityType.DRUG), Lexicon.builtIn(EntityType.DRUG));
        List<String> drugLines = drugLines(drugs, drugResolver);

        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempDirectory(dir, ".import-");
            try {
                write(temp, EntityType.GENE, "HGNC complete set " + hgnc.getFileName(), geneLines);
                write(temp, EntityType.DRUG, "DrugBank open vocabulary " + drugbank.getFileName(), drugLines);
                int geneEntries = Lexicon.load(EntityType.GENE, temp).size();
                int drugEntries = Lexicon.load(EntityType.DRUG, temp).size();
                for (EntityType type : EntityType.values()) {
                    Files.move(temp.resolve(Lexicon.fileName(type)), dir.resolve(Lexicon.fileName(type)),
                            StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                return new ImportSummary(dir, geneEntries, drugEntries, geneResolver.counts(), drugResolver.counts());
            } finally {
                deleteRecursively(temp);
            }
        } catch (IOException | LexiconException e) {
            throw new LexiconImportException("cannot write the lexicon to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> geneLines(List<HgncGene> genes, SynonymResolver resolver) {
        List<Candidate> candidates = new ArrayList<>();
        List<HgncGene> used = genes.stream().filter(g -> LOCUS_GROUPS.contains(g.locusGroup())).toList();
        for (HgncGene g : used) {
            candidates.add(new Candidate(g.hgncId(), g.symbol(), Tier.APPROVED));
            g.previousSymbols().forEach(s -> candidates.add(new Candidate(g.hgncId(), s, Tier.PREVIOUS)));
            g.aliasSymbols().forEach(s -> candidates.add(new Candidate(g.hgncId(), s, Tier.ALIAS)));
            if (!g.name().isEmpty()) {
                candidates.add(new Candidate(g.hgncId(), g.name(), Tier.NAME));
            }
            g.aliasNames().forEach(s -> candidates.add(new Candidate(g.hgncId(), s, Tier.NAME)));
        }
        Map<String, SynonymResolver.Kept> kept = resolver.resolve(candidates);
        List<String> lines = new ArrayList<>();
        for (HgncGene g : used) {
            String xref = g.entrezId().isEmpty() ? null : "NCBIGene:" + g.entrezId();
            lines.addAll(lines(g.symbol(), g.hgncId(), kept.get(g.hgncId()), xref));
        }
        return lines;
    }

    private static List<String> drugLines(List<DrugBankDrug> drugs, SynonymResolver resolver) {
        List<Candidate> candidates = new ArrayList<>();
        for (DrugBankDrug d : drugs) {
            String id = "DrugBank:" + d.drugbankId();
            candidates.add(new Candidate(id, d.commonName(), Tier.APPROVED));
            d.synonyms().forEach(s -> candidates.add(new Candidate(id, s, Tier.ALIAS)));
        }
        Map<String, SynonymResolver.Kept> kept = resolver.resolve(candidates);
        List<String> lines = new ArrayList<>();
        for (DrugBankDrug d : drugs) {
            String id = "DrugBank:" + d.drugbankId();
            // The guideline's drug norm is the lower-case INN, without DrugBank's product-form qualifiers.
            lines.addAll(lines(DrugNames.preferred(d.commonName()).toLowerCase(Locale.ROOT), id, kept.get(id), null));
        }
        return lines;
    }

    private static List<String> lines(String name, String id, SynonymResolver.Kept kept, String xref) {
        if (kept == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (!kept.plain().isEmpty()) {
            lines.add(line(name, id, kept.plain(), new Qualifiers(List.of(), null, null, xref, true)));
        }
        if (!kept.guarded().isEmpty()) {
            lines.add(line(name, id, kept.guarded(), Qualifiers.genericContext(xref)));
        }
        return lines;
    }

    /** The lexicon adds a line's name to its synonyms unless told not to: it may have been dropped or guarded. */
    private static String line(String name, String id, List<String> synonyms, Qualifiers qualifiers) {
        Qualifiers q = synonyms.contains(name) ? qualifiers : qualifiers.withNameUnmatched();
        return name + "\t" + id + "\t" + String.join("|", synonyms) + "\t" + q.format();
    }

    /**
     * The curated file comes first, verbatim: the lexicon keeps the first entry of a synonym, so
     * the curator's choices hold. Imported lines name themselves (name = first synonym only when
     * the resolver kept it), so every imported line lists its synonyms explicitly.
     */
    private static void write(Path dir, EntityType type, String source, List<String> imported) throws IOException {
        Path file = dir.resolve(Lexicon.fileName(type));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            try (InputStream curated = Lexicon.class.getClassLoader()
                    .getResourceAsStream(Lexicon.BUILT_IN_DIR + Lexicon.fileName(type))) {
                if (curated == null) {
                    throw new IOException("built-in lexicon missing from the classpath");
                }
                out.write(new String(curated.readAllBytes(), StandardCharsets.UTF_8));
            }
            out.write("\n# --- imported by `litmine lexicon import` from the " + source + "\n");
            for (String line : imported) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            LOG.warn("could not remove temporary folder {}: {}", dir, e.getMessage());
        }
    }
}
