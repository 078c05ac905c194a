package nl.kroniek.cli.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of latency samples (nanoseconds in, milliseconds out). */
final class Percentiles {

  private Percentiles() {}

  /**
   * Summarises samples as {@link Latency}.
   *
   * @throws IllegalArgumentException when there are no samples
   */
  static Latency of(long[] nanos) {
    if (nanos == null || nanos.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latency(sorted.length, ms(rank(sorted, 50)), ms(rank(sorted, 95)), ms(rank(sorted, 99)),
        ms(sorted[sorted.length - 1]), sum / sorted.length / 1e6);
  }

  /** The smallest sample with at least p percent of the samples at or below it (nearest rank). */
  static long rank(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
