package nl.kroniek.ingest.format;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * A {@link Reader} over a {@link LineSource}, for parsers that want a character stream (commons-csv,
 * Jackson for JSON arrays). Lines are joined with LF. The reader ends early, and says why, when a line is
 * too long or when one record grows beyond the limit: a parser then sees the end of input instead of
 * buffering without bound (an unterminated CSV quote would otherwise swallow the whole file).
 */
final class LineSourceReader extends Reader {

  /** Why the reader ended before the end of the input. */
  enum Stop { NONE, LINE_TOO_LONG, RECORD_TOO_LARGE }

  private final LineSource source;
  private final long maxRecordChars;
  private LineSource.Line first;
  private String current = "";
  private int offset;
  private long charsSinceMark;
  private final ArrayDeque<Long> windows1252Lines = new ArrayDeque<>();
  private Stop stop = Stop.NONE;
  private long stopLine;
  private IOException failure;

  /**
   * @param first a line already taken from the source that the reader should start with, or null
   */
  LineSourceReader(LineSource source, LineSource.Line first, long maxRecordChars) {
    this.source = source;
    this.first = first;
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (offset == current.length()) {
      if (stop != Stop.NONE) {
        return -1;
      }
      LineSource.Line line;
      try {
        line = first != null ? first : source.next();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      first = null;
      if (line == null) {
        return -1;
      }
      if (line.tooLong()) {
        stop(Stop.LINE_TOO_LONG, line.number());
        return -1;
      }
      if (line.windows1252()) {
        windows1252Lines.add(line.number());
      }
      current = line.text() + "\n";
      offset = 0;
      charsSinceMark += current.length();
      if (charsSinceMark > maxRecordChars) {
        current = "";
        stop(Stop.RECORD_TOO_LARGE, line.number());
        return -1;
      }
    }
    int n = Math.min(len, current.length() - offset);
    current.getChars(offset, offset + n, cbuf, off);
    offset += n;
    return n;
  }

  private void stop(Stop why, long line) {
    stop = why;
    stopLine = line;
  }

  /** Starts counting a new record (the parser may have read a little ahead; that is counted). */
  void markRecordStart() {
    charsSinceMark = current.length() - offset;
  }

  Stop stop() {
    return stop;
  }

  /** The line at which the reader stopped early. */
  long stopLine() {
    return stopLine;
  }

  /** The error of the underlying input, if reading it failed (as opposed to a parse error). */
  IOException failure() {
    return failure;
  }

  /** True when a line in {@code from..to} was read as windows-1252; forgets lines before {@code from}. */
  boolean windows1252(long from, long to) {
    while (!windows1252Lines.isEmpty() && windows1252Lines.peekFirst() < from) {
      windows1252Lines.pollFirst();
    }
    return !windows1252Lines.isEmpty() && windows1252Lines.peekFirst() <= to;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
