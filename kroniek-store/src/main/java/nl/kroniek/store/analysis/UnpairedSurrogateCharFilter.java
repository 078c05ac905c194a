package nl.kroniek.store.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Replaces every unpaired UTF-16 surrogate with U+FFFD, one char for one char, so offsets need no correction.
 *
 * <p>Why: Lucene's {@code StandardTokenizer} emits no tokens at all, for the whole text, when the text ends in
 * an unpaired high surrogate ({@code "93103 \uDBC5"} gives nothing; seen with Lucene 10.3). Text cut in the
 * middle of an emoji does that, and the article would silently vanish from the index. The replacement also
 * keeps invalid UTF-16 out of indexed terms.
 */
public final class UnpairedSurrogateCharFilter extends CharFilter {

  private static final char REPLACEMENT = '\uFFFD';

  /** A char read ahead to complete a check at the end of a chunk; -1 when none. */
  private int pending = -1;
  /** Whether {@link #pending} is the low half of a pair whose high half was already returned. */
  private boolean pendingEndsPair;

  public UnpairedSurrogateCharFilter(Reader input) {
    super(input);
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff; // one char in, one char out
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int count = 0;
    int from = offset;
    if (pending >= 0) {
      buffer[offset] = (char) pending;
      count = 1;
      if (pendingEndsPair) {
        from++; // already checked as the second half of a pair
      }
      pending = -1;
      pendingEndsPair = false;
    }
    int read = input.read(buffer, offset + count, length - count);
    if (read > 0) {
      count += read;
    } else if (count == 0) {
      return -1;
    }
    repair(buffer, from, offset + count);
    return count;
  }

  private void repair(char[] buffer, int from, int end) throws IOException {
    for (int i = from; i < end; i++) {
      char c = buffer[i];
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < end) {
          if (Character.isLowSurrogate(buffer[i + 1])) {
            i++; // a proper pair
          } else {
            buffer[i] = REPLACEMENT;
          }
        } else {
          int next = input.read(); // the pair may continue in the next chunk
          if (next >= 0 && Character.isLowSurrogate((char) next)) {
            pendingEndsPair = true;
          } else {
            buffer[i] = REPLACEMENT;
          }
          pending = next;
        }
      } else if (Character.isLowSurrogate(c)) {
        buffer[i] = REPLACEMENT;
      }
    }
  }
}
