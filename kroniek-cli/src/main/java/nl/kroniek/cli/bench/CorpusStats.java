package nl.kroniek.cli.bench;

import java.nio.file.Path;

/**
 * The benchmark corpus: what was read from the given paths and what was generated from it.
 *
 * @param sourceArticles distinct articles read from the paths (same id or same text counted once)
 * @param sourceSkipped records of the paths not used: rejected, or a duplicate of an earlier one
 * @param articles articles in the generated corpus
 * @param copies how many times the source was cycled (1: the source alone was enough)
 * @param textBytes UTF-8 bytes of title and text of the generated articles (the "MB of text")
 * @param fileBytes size of the generated JSON Lines file
 * @param file the generated JSON Lines file
 */
record CorpusStats(long sourceArticles, long sourceSkipped, long articles, long copies, long textBytes,
    long fileBytes, Path file) {}
