package nl.kroniek.store.lucene;

import java.util.ArrayList;
import java.util.List;
import nl.kroniek.store.Snippet;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's best passage as a {@link Snippet}: plain text plus match ranges, cut to a
 * readable length around the first match (news sentences can run to hundreds of words).
 */
final class SnippetFormatter extends PassageFormatter {

  static final int MAX_CHARS = 240;

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return lead(content);
    }
    Passage p = passages[0];
    int start = p.getStartOffset();
    int end = p.getEndOffset();
    if (p.getNumMatches() > 0 && end - start > MAX_CHARS) {
      int firstMatch = p.getMatchStarts()[0];
      start = Math.max(start, wordStart(content, firstMatch - MAX_CHARS / 3));
      end = Math.min(end, wordEnd(content, start + MAX_CHARS));
    } else if (end - start > MAX_CHARS) {
      end = wordEnd(content, start + MAX_CHARS);
    }
    String text = content.substring(start, end).strip();
    int shift = start + leadingSpace(content, start, end);
    List<Snippet.Range> ranges = new ArrayList<>();
    int lastEnd = 0;
    for (int i = 0; i < p.getNumMatches(); i++) {
      int s = p.getMatchStarts()[i] - shift;
      int e = p.getMatchEnds()[i] - shift;
      if (s < lastEnd || s < 0 || e > text.length() || e <= s) {
        continue; // outside the cut, or overlapping a previous match (compound parts share offsets)
      }
      ranges.add(new Snippet.Range(s, e));
      lastEnd = e;
    }
    String shown = collapse(text);
    return shown.length() == text.length() ? new Snippet(shown, ranges) : new Snippet(text, ranges);
  }

  /** The start of the text, for hits without a highlighted passage (e.g. a date-only query). */
  static Snippet lead(String content) {
    if (content == null) {
      return new Snippet("", List.of());
    }
    int end = content.length() <= MAX_CHARS ? content.length() : wordEnd(content, MAX_CHARS);
    return new Snippet(collapse(content.substring(0, end).strip()), List.of());
  }

  private static int leadingSpace(String content, int start, int end) {
    int i = start;
    while (i < end && Character.isWhitespace(content.charAt(i))) {
      i++;
    }
    return i - start;
  }

  /** Line breaks to spaces, keeping the length so that ranges stay valid. */
  private static String collapse(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  private static int wordStart(String s, int i) {
    i = Math.max(0, i);
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String s, int i) {
    i = Math.min(s.length(), i);
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
