package nl.kroniek.cli.bench;

import java.util.List;

/**
 * One measured ingest (with {@code --repeat}: the fastest of several rounds).
 *
 * @param name what was measured ("kroniek", "floor", ...)
 * @param articles articles read from the corpus
 * @param stored articles in the index afterwards (for Kroniek: added, after de-duplication)
 * @param nanos wall time from the first read to the last commit
 * @param textBytes UTF-8 bytes of title and text of the articles read
 * @param indexBytes size of the index on disk after the last commit (0 when nothing is written)
 * @param roundNanos wall time of every round, in run order ({@code nanos} is the fastest)
 */
record IngestResult(String name, long articles, long stored, long nanos, long textBytes, long indexBytes,
    List<Long> roundNanos) {

  IngestResult {
    roundNanos = List.copyOf(roundNanos);
  }

  /** A single round. */
  IngestResult(String name, long articles, long stored, long nanos, long textBytes, long indexBytes) {
    this(name, articles, stored, nanos, textBytes, indexBytes, List.of(nanos));
  }

  /** The same result with the times of all rounds attached. */
  IngestResult withRounds(List<Long> rounds) {
    return new IngestResult(name, articles, stored, nanos, textBytes, indexBytes, rounds);
  }

  double seconds() {
    return nanos / 1e9;
  }

  double articlesPerSecond() {
    return articles / Math.max(1e-9, seconds());
  }

  /** Megabytes (10^6 bytes) of title and text per second. */
  double megabytesPerSecond() {
    return textBytes / 1e6 / Math.max(1e-9, seconds());
  }
}
