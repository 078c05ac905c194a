package nl.kroniek.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one ingest did.
 *
 * @param read articles read from the input (good records)
 * @param added articles stored
 * @param duplicates articles skipped because the same id or the same normalised text was already stored
 *     (or came earlier in this run)
 * @param rejected records that could not be read (see the quarantine report)
 * @param withoutFacts articles stored without facts because the NLP pipeline failed on them (a bug; listed
 *     in the quarantine report too)
 * @param bytes input bytes read (stored size)
 * @param elapsed wall time
 * @param quarantine the quarantine report, or null when nothing was rejected
 */
public record IngestReport(long read, long added, long duplicates, long rejected, long withoutFacts, long bytes,
    Duration elapsed, Path quarantine) {

  /** Articles per second stored (or read, when everything was a duplicate). */
  public double articlesPerSecond() {
    double s = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return read / s;
  }

  public double megabytesPerSecond() {
    double s = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return bytes / 1e6 / s;
  }
}
