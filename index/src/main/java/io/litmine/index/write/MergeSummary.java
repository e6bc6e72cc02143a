package io.litmine.index.write;

/**
 * What one {@link IndexMerger#merge} did.
 *
 * @param papersAdded    incoming papers the index did not hold in any version
 * @param papersReplaced incoming papers that replaced a version already in the index (same paperId,
 *                       i.e. an unchanged file merged again, or same source, i.e. a changed file)
 * @param claimsAdded    claim documents added (the replaced versions' claims are all removed)
 * @param papersAliased  files recorded as aliases of another paper of the same work (an incoming copy
 *                       that yielded, or an indexed one that yielded to a richer incoming copy)
 */
public record MergeSummary(int papersAdded, int papersReplaced, long claimsAdded, int papersAliased) {

    public static final MergeSummary EMPTY = new MergeSummary(0, 0, 0);

    public MergeSummary(int papersAdded, int papersReplaced, long claimsAdded) {
        this(papersAdded, papersReplaced, claimsAdded, 0);
    }

    public int papersMerged() {
        return papersAdded + papersReplaced;
    }
}
