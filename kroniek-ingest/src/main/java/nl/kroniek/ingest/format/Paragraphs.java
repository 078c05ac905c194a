package nl.kroniek.ingest.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraph structure of article text. Kroniek stores a body as paragraphs joined by exactly one blank
 * line ({@code "\n\n"}), each paragraph on one line with runs of whitespace collapsed to one space.
 */
final class Paragraphs {

  static final String SEPARATOR = "\n\n";

  private Paragraphs() {}

  /** Splits at LF, CR LF, CR and U+2028; U+2029 (paragraph separator) counts as a blank line. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        lines.add(text.substring(start, i));
        if (c == '\u2029') {
          lines.add("");
        }
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * Plain text: blank lines separate paragraphs (several blank lines are one break); the lines of a
   * paragraph are joined with spaces, because single line breaks in a text file are wrapping.
   */
  static List<String> fromPlainLines(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (isBlank(line)) {
        flush(current, paragraphs);
      } else {
        current.append(line).append(' ');
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /** A field of a structured record (JSON, CSV): every non-blank line is a paragraph. */
  static List<String> fromFieldLines(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : lines) {
      String p = collapse(line);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String p = collapse(current);
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    current.setLength(0);
  }

  static String join(List<String> paragraphs) {
    return String.join(SEPARATOR, paragraphs);
  }

  /** Runs of whitespace (including no-break and other Unicode spaces) become one space; ends stripped. */
  static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isBlank(CharSequence s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
