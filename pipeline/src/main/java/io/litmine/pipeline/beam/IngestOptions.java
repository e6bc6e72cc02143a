package io.litmine.pipeline.beam;

import io.litmine.corpus.extract.ExtractionLimits;
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

    @Description("Which gene and chemical models tag: builtin (the shipped ones), none (dictionary only) or a model folder")
    @Default.String("builtin")
    String getModels();

    void setModels(String value);

    @Description("Largest file to extract, in bytes; a larger one fails with a reason and is never read")
    @Default.Long(ExtractionLimits.DEFAULT_MAX_BYTES)
    long getMaxFileBytes();

    void setMaxFileBytes(long value);

    @Description("Time limit of one file's extraction, in seconds")
    @Default.Long(ExtractionLimits.DEFAULT_TIMEOUT_SECONDS)
    long getFileTimeoutSeconds();

    void setFileTimeoutSeconds(long value);

    @Description("Most characters of text one file may expand to; more fails with a reason (a decompression bomb)")
    @Default.Integer(ExtractionLimits.DEFAULT_MAX_TEXT_CHARS)
    int getMaxTextChars();

    void setMaxTextChars(int value);

    @Description("Sentences longer than this many tokens get no claims (extraction debris, tables); they are counted")
    @Default.Integer(150)
    int getMaxSentenceTokens();

    void setMaxSentenceTokens(int value);
}
