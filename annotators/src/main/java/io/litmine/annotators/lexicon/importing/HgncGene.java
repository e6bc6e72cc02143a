package io.litmine.annotators.lexicon.importing;

import java.util.List;

/** One row of the HGNC complete set, with what the lexicon needs of it. */
record HgncGene(String hgncId, String symbol, String name, String locusGroup, List<String> aliasSymbols,
                List<String> previousSymbols, List<String> aliasNames, String entrezId) {
}
