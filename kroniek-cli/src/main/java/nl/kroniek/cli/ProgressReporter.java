package nl.kroniek.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.kroniek.engine.IngestJob;

/**
 * Shows ingest progress: a progress bar over the input bytes on a terminal; a plain line every few
 * seconds otherwise (logs and CI keep readable output).
 */
final class ProgressReporter implements IngestJob.Listener, AutoCloseable {

  private static final long LINE_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

  private final PrintWriter err;
  private final boolean bar;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong stored = new AtomicLong();
  private volatile long total = -1;
  private volatile long lastLine = System.nanoTime();
  private ProgressBar progressBar;

  ProgressReporter(PrintWriter err, boolean bar) {
    this.err = err;
    this.bar = bar;
  }

  @Override
  public void start(long totalBytes) {
    total = totalBytes;
    if (bar) {
      progressBar = new ProgressBarBuilder()
          .setTaskName("ingest")
          .setInitialMax(Math.max(1, totalBytes))
          .setUnit(" MB", 1_000_000)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .showSpeed()
          .setUpdateIntervalMillis(250)
          .build();
    }
  }

  @Override
  public void advance(long n) {
    long done = bytes.addAndGet(n);
    if (progressBar != null) {
      progressBar.stepTo(done);
    } else {
      maybeLine();
    }
  }

  @Override
  public void stored(long totalStored) {
    stored.set(totalStored);
    if (progressBar != null) {
      progressBar.setExtraMessage(totalStored + " articles");
    }
  }

  private void maybeLine() {
    long now = System.nanoTime();
    if (now - lastLine >= LINE_INTERVAL_NANOS) {
      lastLine = now;
      long t = total;
      String pct = t > 0 ? String.format(" (%.0f%%)", 100.0 * bytes.get() / t) : "";
      err.printf("ingest: %.1f of %.1f MB read%s, %d articles stored%n", bytes.get() / 1e6, Math.max(0, t) / 1e6,
          pct, stored.get());
      err.flush();
    }
  }

  @Override
  public void close() {
    if (progressBar != null) {
      progressBar.stepTo(progressBar.getMax());
      progressBar.close();
    }
  }
}
