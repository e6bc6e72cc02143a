package io.litmine.annotators.claim;

/** A token as the claim rules see it: no CoreNLP types, so the rules are testable on their own. */
record Tok(int index, String word, String lemma, String tag, int start, int end) {

    boolean isVerb() {
        return tag.startsWith("VB");
    }

    boolean is(String... lemmas) {
        for (String l : lemmas) {
            if (lemma.equals(l)) {
                return true;
            }
        }
        return false;
    }
}
