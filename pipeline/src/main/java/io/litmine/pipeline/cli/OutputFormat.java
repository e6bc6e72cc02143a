package io.litmine.pipeline.cli;

/** How {@code search} prints: for people or for programs. */
enum OutputFormat { TEXT, JSON }
