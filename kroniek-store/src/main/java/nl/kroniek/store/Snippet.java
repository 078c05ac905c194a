package nl.kroniek.store;

import java.util.List;

/**
 * A passage of article text with the matched words marked. Kept as plain text plus ranges so that each
 * front end marks (and escapes) it its own way: ANSI bold in a terminal, {@code <b>} in HTML.
 *
 * @param text the passage, plain text
 * @param highlights ranges into {@code text} ({@code [start, end)}), ascending, non-overlapping
 */
public record Snippet(String text, List<Range> highlights) {

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  public record Range(int start, int end) {}

  /** The passage with each highlight wrapped in {@code open}/{@code close}; text passed through {@code escape}. */
  public String render(String open, String close, java.util.function.UnaryOperator<String> escape) {
    StringBuilder sb = new StringBuilder(text.length() + highlights.size() * 8);
    int at = 0;
    for (Range r : highlights) {
      sb.append(escape.apply(text.substring(at, r.start())));
      sb.append(open).append(escape.apply(text.substring(r.start(), r.end()))).append(close);
      at = r.end();
    }
    sb.append(escape.apply(text.substring(at)));
    return sb.toString();
  }

  /** HTML-escaped passage with {@code <b>} around highlights: safe to insert into a page. */
  public String toHtml() {
    return render("<b>", "</b>", Snippet::escapeHtml);
  }

  public static String escapeHtml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
