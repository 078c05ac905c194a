package nl.kroniek.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Re-encodes characters from a reader as UTF-8 bytes, so that UTF-16 input can use the byte line reader. */
final class Utf8Transcoder extends InputStream {
  private final Reader reader;
  private final char[] chars = new char[8192];
  private byte[] bytes = new byte[0];
  private int pos;
  private char heldHighSurrogate;
  private boolean holding;

  Utf8Transcoder(Reader reader) {
    this.reader = reader;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos == bytes.length) {
      if (!refill()) {
        return -1;
      }
    }
    int n = Math.min(len, bytes.length - pos);
    System.arraycopy(bytes, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean refill() throws IOException {
    int start = 0;
    if (holding) {
      chars[0] = heldHighSurrogate;
      holding = false;
      start = 1;
    }
    int n = reader.read(chars, start, chars.length - start);
    if (n < 0 && start == 0) {
      return false;
    }
    int length = start + Math.max(n, 0);
    // A surrogate pair split between two reads must be encoded together.
    if (n > 0 && Character.isHighSurrogate(chars[length - 1])) {
      heldHighSurrogate = chars[length - 1];
      holding = true;
      length--;
    }
    bytes = new String(chars, 0, length).getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
