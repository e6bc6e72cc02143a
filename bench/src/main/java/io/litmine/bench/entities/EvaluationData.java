package io.litmine.bench.entities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the public gold sets and lexicon sources sit inside the shared folder beside the repository. */
public record EvaluationData(Path shared) {

    public Path bc2gmDevel() {
        return shared.resolve("data/ner/bc2gm/devel.tsv");
    }

    /** BC2GM train: the user-supplied training file of the gene model. */
    public Path bc2gmTrain() {
        return shared.resolve("data/ner/bc2gm/train.tsv");
    }

    public Path bc5cdrChemicalDevel() {
        return shared.resolve("data/ner/bc5cdr/chem-devel.tsv");
    }

    /** BC5CDR chemicals, training half, IOB: the chemical model's training file. */
    public Path bc5cdrChemicalTrain() {
        return shared.resolve("data/ner/bc5cdr/chem-train.tsv");
    }

    /** BC5CDR development documents with MeSH-normalised chemicals (PubTator). */
    public Path bc5cdrDevelopmentPubtator() {
        return shared.resolve("data/ner/bc5cdr/pubtator/CDR_DevelopmentSet.PubTator.txt");
    }

    /** BC5CDR training documents with MeSH-normalised chemicals (PubTator). */
    public Path bc5cdrTrainingPubtator() {
        return shared.resolve("data/ner/bc5cdr/pubtator/CDR_TrainingSet.PubTator.txt");
    }

    public Path cdrSample() {
        return shared.resolve("data/ner/bc5cdr/CDR_sample.gold.PubTator");
    }

    public Path seedEntities() {
        return shared.resolve("gold/seed/entities.jsonl");
    }

    public Path hgnc() {
        return shared.resolve("data/lexicons/hgnc/hgnc_complete_set.txt.gz");
    }

    public Path drugbank() {
        return shared.resolve("data/lexicons/drugbank-open-vocabulary/drugbank_vocabulary.csv");
    }

    /** True when every file above is there. */
    public boolean present() {
        return List.of(bc2gmDevel(), bc5cdrChemicalDevel(), cdrSample(), seedEntities(), hgnc(), drugbank())
                .stream().allMatch(Files::isRegularFile);
    }
}
