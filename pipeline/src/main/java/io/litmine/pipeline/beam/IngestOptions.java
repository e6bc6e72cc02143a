package io.litmine.pipeline.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the ingest pipeline, beyond the runner's own (`--runner`, `--targetParallelism`, ...). */
public interface IngestOptions extends PipelineOptions {

    @Description("Folder where workers write index shards before the driver merges them into the index")
    @Validation.Required
    String getStagingDir();

    void setStagingDir(String value);

    @Description("Folder with genes.tsv and drugs.tsv to tag with; empty means the built-in curated lexicon")
    @Default.String("")
    String getLexiconDir();

    void setLexiconDir(String value);
}
