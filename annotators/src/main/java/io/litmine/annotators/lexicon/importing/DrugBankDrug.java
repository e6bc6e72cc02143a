package io.litmine.annotators.lexicon.importing;

import java.util.List;

/** One row of the DrugBank open vocabulary: accession, common name and synonyms. */
record DrugBankDrug(String drugbankId, String commonName, List<String> synonyms) {
}
