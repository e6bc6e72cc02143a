package io.litmine.annotators.lexicon.importing;

/**
 * Where an imported synonym comes from, in order of authority: a surface form claimed in an earlier
 * tier is never given to another concept in a later one (an approved symbol beats another gene's
 * alias), and one claimed by two concepts of the same tier is dropped as ambiguous.
 */
enum Tier {
    APPROVED,
    PREVIOUS,
    ALIAS,
    NAME
}
