package nl.kroniek.nlp.ner;

import java.io.Reader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A document in CoNLL form: one token per line (first whitespace-separated column), blank lines between
 * sentences, {@code -DOCSTART-} lines between documents, an optional gold tag in the last column.
 *
 * <p>The lines are kept as read so that a tagger can answer exactly one line per input line.
 *
 * @param lines the input lines of this document, in order (including blank and -DOCSTART- lines)
 * @param sentences for each sentence, the indices into {@code lines} of its token lines
 */
public record ConllDocument(List<String> lines, List<int[]> sentences) {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Documents longer than this many sentences are cut, to bound memory on input without -DOCSTART-. */
  static final int MAX_SENTENCES = 2000;

  /** The words of each sentence (first column). */
  public List<List<String>> words() {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int[] s : sentences) {
      List<String> w = new ArrayList<>(s.length);
      for (int line : s) {
        w.add(column(lines.get(line), true));
      }
      out.add(w);
    }
    return out;
  }

  /** The gold tags of each sentence (last column; "O" when a line has one column). */
  public List<List<String>> goldTags() {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int[] s : sentences) {
      List<String> t = new ArrayList<>(s.length);
      for (int line : s) {
        String[] cols = WHITESPACE.split(lines.get(line).strip());
        t.add(cols.length > 1 ? cols[cols.length - 1] : "O");
      }
      out.add(t);
    }
    return out;
  }

  static boolean isDocStart(String line) {
    return line.strip().startsWith("-DOCSTART-");
  }

  static boolean isBlank(String line) {
    return line.isBlank();
  }

  static String column(String line, boolean first) {
    String s = line.strip();
    int ws = 0;
    while (ws < s.length() && !Character.isWhitespace(s.charAt(ws))) {
      ws++;
    }
    return first ? s.substring(0, ws) : s;
  }

  /**
   * Reads documents one at a time (the input may be large, or stdin), passing each to {@code sink}. A
   * document ends at a -DOCSTART- line, at the end of input, or after {@link #MAX_SENTENCES} sentences.
   */
  public static void read(Reader in, Consumer<ConllDocument> sink) throws IOException {
    List<String> lines = new ArrayList<>();
    List<int[]> sentences = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    LineReader reader = new LineReader(in);
    String line;
    while ((line = reader.next()) != null) {
      if (isDocStart(line)) {
        close(current, sentences);
        if (!lines.isEmpty()) {
          sink.accept(new ConllDocument(lines, sentences));
          lines = new ArrayList<>();
          sentences = new ArrayList<>();
        }
        lines.add(line);
        continue;
      }
      if (isBlank(line)) {
        close(current, sentences);
        lines.add(line);
        if (sentences.size() >= MAX_SENTENCES) {
          sink.accept(new ConllDocument(lines, sentences));
          lines = new ArrayList<>();
          sentences = new ArrayList<>();
        }
        continue;
      }
      current.add(lines.size());
      lines.add(line);
    }
    close(current, sentences);
    if (!lines.isEmpty()) {
      sink.accept(new ConllDocument(lines, sentences));
    }
  }

  /**
   * Lines split on '\n' only (a trailing '\r' is dropped): a stray carriage return or Unicode line
   * separator inside a line must not turn one input line into two output lines.
   */
  static final class LineReader {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    LineReader(Reader in) {
      this.in = in;
    }

    String next() throws IOException {
      StringBuilder sb = null;
      while (true) {
        if (pos == limit) {
          if (eof) {
            return sb == null ? null : strip(sb);
          }
          limit = in.read(buffer, 0, buffer.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            eof = true;
            continue;
          }
        }
        int start = pos;
        while (pos < limit && buffer[pos] != '\n') {
          pos++;
        }
        if (sb == null) {
          sb = new StringBuilder(Math.max(16, pos - start));
        }
        sb.append(buffer, start, pos - start);
        if (pos < limit) {
          pos++; // the '\n'
          return strip(sb);
        }
      }
    }

    private static String strip(StringBuilder sb) {
      int n = sb.length();
      return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }
  }

  private static void close(List<Integer> current, List<int[]> sentences) {
    if (!current.isEmpty()) {
      sentences.add(current.stream().mapToInt(Integer::intValue).toArray());
      current.clear();
    }
  }
}
