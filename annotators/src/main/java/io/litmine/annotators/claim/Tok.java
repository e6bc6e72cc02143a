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

    /** Whether token {@code i} is a "-" the tokenizer split out of one word: no space on either side ("knock - down"). */
    static boolean innerHyphen(java.util.List<Tok> toks, int i) {
        return i >= 1 && i + 1 < toks.size() && toks.get(i).word().equals("-")
                && toks.get(i - 1).end() == toks.get(i).start() && toks.get(i).end() == toks.get(i + 1).start();
    }
}
