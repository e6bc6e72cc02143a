package io.litmine.pipeline.cli;

import io.litmine.index.search.EvidenceSearcher;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "papers", description = "List the indexed papers with their counts of claims, references and unresolved citations.")
final class PapersCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws Exception {
        try (EvidenceSearcher searcher = Searchers.open(index.layout())) {
            java.util.Map<String, List<String>> aliasSources = new java.util.HashMap<>();
            searcher.aliases().values().forEach(a -> aliasSources.computeIfAbsent(a.getValue(), k -> new java.util.ArrayList<>()).add(a.getKey()));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-16s  %6s  %6s  %9s  %10s  %s%n", "paperId", "claims", "refs", "callouts", "unresolved", "title / source");
            int[] papers = {0};
            // One paper at a time, from its stored counts: any number of papers lists in a small heap.
            searcher.forEachPaperSummary(p -> {
                papers[0]++;
                List<String> unresolved = p.unresolvedLabels();
                out.printf("%-16s  %6d  %6d  %9d  %10s  %s%n", p.paperId(), p.claims(), p.references(), p.callouts(),
                        unresolved.isEmpty() ? "0" : unresolved.size() + " " + unresolved, p.title());
                out.printf("%-16s  %6s  %6s  %9s  %10s  %s%n", "", "", "", "", "", p.source());
                for (String alias : aliasSources.getOrDefault(p.paperId(), List.of())) {
                    // The same work in another file: kept once, this one recorded as an alias.
                    out.printf("%-16s  %6s  %6s  %9s  %10s  also: %s%n", "", "", "", "", "", alias);
                }
            });
            int aliases = aliasSources.values().stream().mapToInt(List::size).sum();
            out.printf("%d paper(s)%s%n", papers[0], aliases == 0 ? "" : ", " + aliases + " alias file(s) of the same works");
            out.flush();
        }
        return LitmineCli.OK;
    }
}
