package nl.kroniek.ingest;

import java.util.function.LongConsumer;

/**
 * Turns positions within one stored file into progress increments. Only positions beyond the furthest
 * one reported count, so re-opening an input (the CSV reader does after a broken record) never counts
 * bytes twice; {@link #finish()} tops up to the file size, so skipped or rejected bytes count too.
 */
final class ProgressMeter {
  private final LongConsumer sink;
  private final long size;
  private long reported;

  ProgressMeter(LongConsumer sink, long size) {
    this.sink = sink;
    this.size = Math.max(0, size);
  }

  void advanceTo(long position) {
    long target = Math.min(position, size);
    if (target > reported) {
      sink.accept(target - reported);
      reported = target;
    }
  }

  void finish() {
    advanceTo(size);
  }
}
