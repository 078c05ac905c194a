package nl.kroniek.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;

/**
 * Reads content line by line without ever holding more than one line, for the line-based formats. Lines
 * end at LF, CR LF or CR. Each line is decoded on its own: UTF-8 when valid, else windows-1252, so a feed
 * glued together from sources with different encodings still reads right. A UTF-16 byte-order mark
 * switches to UTF-16 for the whole input. Binary content is refused when opening (see
 * {@link TextDecoder}); a line longer than the limit is returned as {@link Line#tooLong()} without its
 * text, after skipping it.
 */
final class LineSource implements Closeable {

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param text the line without its terminator; null when too long
   * @param windows1252 true when the line was not valid UTF-8 and was read as windows-1252
   * @param tooLong true when the line is longer than the limit
   */
  record Line(long number, String text, boolean windows1252, boolean tooLong) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final String encoding;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean afterCr;
  private long lineNumber;
  private byte[] line = new byte[256];
  private int lineLength;

  private LineSource(InputStream in, int maxLineBytes, String encoding) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.encoding = encoding;
  }

  /**
   * Opens content for reading by lines.
   *
   * @throws ContentException when the content looks binary
   */
  static LineSource open(InputStream raw, int maxLineBytes) throws IOException, ContentException {
    byte[] head;
    try {
      head = raw.readNBytes(TextDecoder.SNIFF_BYTES);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
    TextDecoder.Bom bom = TextDecoder.Bom.of(head, head.length);
    InputStream rest = new SequenceInputStream(
        new ByteArrayInputStream(head, bom.length, head.length - bom.length), raw);
    if (bom.isUtf16()) {
      return new LineSource(new Utf8Transcoder(new InputStreamReader(rest, bom.charset)), maxLineBytes,
          bom.charset.name());
    }
    if (bom == TextDecoder.Bom.NONE) {
      String binary = TextDecoder.binaryReason(head, head.length);
      if (binary != null) {
        raw.close();
        throw new ContentException(binary);
      }
    }
    return new LineSource(rest, maxLineBytes, "UTF-8");
  }

  /** UTF-8, or the UTF-16 variant a byte-order mark announced (lines may still fall back per line). */
  String encoding() {
    return encoding;
  }

  /** The next line, or null at the end. */
  Line next() throws IOException {
    int state = advance(true);
    if (state == END) {
      return null;
    }
    if (state == TOO_LONG) {
      return new Line(lineNumber, null, false, true);
    }
    TextDecoder.Decoded d = TextDecoder.utf8OrWindows1252(line, 0, lineLength);
    return new Line(lineNumber, d.text(), d.windows1252(), false);
  }

  /** Skips lines without decoding them; returns how many were skipped (fewer at the end). */
  long skip(long lines) throws IOException {
    long skipped = 0;
    while (skipped < lines && advance(false) != END) {
      skipped++;
    }
    return skipped;
  }

  private static final int END = 0;
  private static final int LINE = 1;
  private static final int TOO_LONG = 2;

  private int advance(boolean keep) throws IOException {
    lineLength = 0;
    boolean tooLong = false;
    boolean started = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!started) {
          return END;
        }
        lineNumber++;
        return tooLong ? TOO_LONG : LINE;
      }
      if (afterCr) {
        afterCr = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      int i = pos;
      while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      started = true;
      if (keep && !tooLong) {
        int n = i - start;
        if ((long) lineLength + n > maxLineBytes) {
          tooLong = true;
          lineLength = 0;
        } else {
          append(start, n);
        }
      }
      if (i < limit) {
        afterCr = buf[i] == '\r';
        pos = i + 1;
        lineNumber++;
        return tooLong ? TOO_LONG : LINE;
      }
      pos = limit;
    }
  }

  private void append(int start, int n) {
    if (lineLength + n > line.length) {
      int capacity = (int) Math.min(Math.max((long) line.length * 2, (long) lineLength + n), Integer.MAX_VALUE - 8);
      line = java.util.Arrays.copyOf(line, capacity);
    }
    System.arraycopy(buf, start, line, lineLength, n);
    lineLength += n;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      pos = 0;
      limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
