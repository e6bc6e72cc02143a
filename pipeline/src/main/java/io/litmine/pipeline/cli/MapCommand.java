package io.litmine.pipeline.cli;

import io.litmine.index.map.MapBuilder;
import io.litmine.index.map.MapColumns;
import io.litmine.index.map.MapRenderer;
import io.litmine.index.map.MechanismMap;
import io.litmine.index.search.EvidenceSearcher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "map", description = "A mechanism map of the claims a search matches: a heat map (genes × relations or "
        + "mechanisms, claim counts) and the assertion graph (net relations as signed edges, width = distinct papers).")
final class MapCommand implements Callable<Integer> {

    /** The formats {@code --format} takes. */
    enum Format { SVG, PNG, HTML }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "",
            description = "the claims to map, in the search syntax (blank: every claim the filters allow)")
    String query;

    @Mixin
    IndexOption index;

    @Mixin
    SearchFilterOptions filters;

    @Option(names = "--columns", defaultValue = "relation", paramLabel = "relation|netRelation|mechanism",
            description = "the heat map's columns (default: ${DEFAULT-VALUE})")
    String columns;

    @Option(names = "--format", defaultValue = "svg", paramLabel = "svg|png|html",
            description = "svg, png, or html (a page of its own, interactive, no server needed) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here (default: standard output; png needs a file)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Format chosen;
        MapColumns dimension;
        try {
            chosen = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be svg, png or html, got '" + format + "'");
        }
        try {
            dimension = MapColumns.fromName(columns);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
        if (chosen == Format.PNG && out == null) {
            throw new UsageException("--format png needs --out FILE (an image is not for the terminal)");
        }
        MechanismMap map;
        try (EvidenceSearcher searcher = Searchers.open(index.layout())) {
            SearchHints.warnUnknownEntities(searcher, filters, spec.qualifiedName(" "), spec.commandLine().getErr());
            map = MapBuilder.build(searcher, query, filters.filters(), dimension);
        }
        Exports.StreamWriter writer = stream -> {
            switch (chosen) {
                case SVG -> MapRenderer.svg(map, stream);
                case PNG -> MapRenderer.png(map, stream);
                case HTML -> MapRenderer.html(map, stream);
            }
        };
        if (out != null) {
            Exports.atomically(out, writer);
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            writer.write(buffer);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return LitmineCli.OK;
    }
}
