package nl.kroniek.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports the number of bytes read so far (scaled, for inflated zip entries) after every read. */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer position;
  private final double scale;
  private long count;

  CountingInputStream(InputStream in, LongConsumer position, double scale) {
    super(in);
    this.position = position;
    this.scale = scale;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      moved(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      moved(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      moved(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would make the count lie
  }

  private void moved(long n) {
    count += n;
    position.accept((long) (count * scale));
  }
}
