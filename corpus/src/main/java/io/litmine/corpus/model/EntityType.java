package io.litmine.corpus.model;

/** What a mention names. PubTator calls genes "Gene" and drugs "Chemical". */
public enum EntityType {
    GENE("Gene"),
    DRUG("Chemical");

    private final String pubtatorType;

    EntityType(String pubtatorType) {
        this.pubtatorType = pubtatorType;
    }

    public String pubtatorType() {
        return pubtatorType;
    }
}
