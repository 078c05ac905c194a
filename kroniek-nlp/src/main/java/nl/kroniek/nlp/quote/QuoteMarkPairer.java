package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kroniek.nlp.token.QuoteRole;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.TokenType;

/**
 * Pairs quote marks into {@link QuotedSpan}s in one left-to-right pass, in linear time.
 *
 * <p>Double marks ({@code " “ ” „ ,, '' « »}) and single marks ({@code ' ‘ ’ ‹ ›}) pair within their family,
 * so single quotes nest inside double ones; an opening mark waits for a closing one of its family (the
 * tokenizer's {@link QuoteRole} decides, an ambiguous straight mark closes when one is open). A waiting mark
 * is given up at a paragraph end, when another opening mark of its family comes, or after
 * {@link #MAX_PART_CHARS}, so the look-ahead for a closing mark is bounded. A paragraph that starts with an
 * opening mark while the previous paragraph's quotation was left open continues that quotation (the Dutch
 * convention for long quotes). A closing mark of the other family closes a waiting mark when it follows
 * punctuation ({@code 'Een robot is een prima back-up," zei}), a common typo. Quotations nested in another
 * are dropped: they belong to the outer one.
 */
final class QuoteMarkPairer {

  /** Longest quoted part per paragraph, in chars; real quotations are far shorter. */
  static final int MAX_PART_CHARS = 3000;

  /** Longest quotation whose marks are of different families. */
  private static final int MAX_MIXED_CHARS = 1200;

  private static final int DOUBLE = 0;
  private static final int SINGLE = 1;

  private QuoteMarkPairer() {}

  static List<QuotedSpan> pair(Doc d) {
    int[] pending = {-1, -1};
    List<List<int[]>> carried = List.of(new ArrayList<>(), new ArrayList<>());
    List<QuotedSpan> found = new ArrayList<>();
    for (int i = 0; i < d.size; i++) {
      Token t = d.token(i);
      boolean continues = false;
      if (i > 0 && t.paragraphStart()) {
        for (int f = 0; f < 2; f++) {
          if (pending[f] >= 0 && t.type() == TokenType.QUOTE && family(t) == f
              && t.quoteRole() != QuoteRole.CLOSE) {
            carried.get(f).add(new int[] {pending[f], i - 1});
            continues = true;
          } else {
            carried.get(f).clear();
          }
          pending[f] = -1;
        }
      }
      if (t.type() != TokenType.QUOTE) {
        for (int f = 0; f < 2; f++) {
          if (pending[f] >= 0 && t.end() - d.token(pending[f]).start() > MAX_PART_CHARS) {
            pending[f] = -1;
            carried.get(f).clear();
          }
        }
        continue;
      }
      int f = family(t);
      QuoteRole role = t.quoteRole();
      boolean opening = role == QuoteRole.OPEN || role == QuoteRole.AMBIGUOUS && pending[f] < 0;
      if (!opening) {
        if (pending[f] >= 0) {
          found.add(span(d, carried.get(f), pending[f], i));
          pending[f] = -1;
          carried.get(f).clear();
        } else if (role == QuoteRole.CLOSE && pending[1 - f] >= 0 && mixedPairOk(d, pending[1 - f], i)) {
          found.add(span(d, carried.get(1 - f), pending[1 - f], i));
          pending[1 - f] = -1;
          carried.get(1 - f).clear();
        }
        continue;
      }
      if (!continues) {
        carried.get(f).clear();
      }
      pending[f] = i;
    }
    return outermost(found);
  }

  private static int family(Token t) {
    return t.isSingleQuote() ? SINGLE : DOUBLE;
  }

  private static boolean mixedPairOk(Doc d, int open, int close) {
    if (d.token(close).start() - d.token(open).start() > MAX_MIXED_CHARS || close - open < 2) {
      return false;
    }
    return d.is(close - 1, ',') || d.isTerminal(close - 1);
  }

  private static QuotedSpan span(Doc d, List<int[]> carried, int open, int close) {
    StringBuilder text = new StringBuilder();
    int first = open;
    for (int[] part : carried) {
      if (first == open) {
        first = part[0];
      }
      appendPart(d, text, d.token(part[0]).end(), d.token(part[1]).end());
    }
    appendPart(d, text, d.token(open).end(), d.token(close).start());
    String words = text.toString().strip();
    if (words.endsWith(",")) { // ,,Nee,'' zei hij: the comma belongs to the sentence
      words = words.substring(0, words.length() - 1).strip();
    }
    return new QuotedSpan(first, close, words, !carried.isEmpty());
  }

  private static void appendPart(Doc d, StringBuilder text, int from, int to) {
    if (to <= from) {
      return;
    }
    String part = d.text.substring(from, to).strip();
    if (part.isEmpty()) {
      return;
    }
    if (!text.isEmpty()) {
      text.append(' ');
    }
    text.append(part);
  }

  /** Drops spans inside an earlier, longer one. */
  private static List<QuotedSpan> outermost(List<QuotedSpan> spans) {
    spans.sort(Comparator.comparingInt(QuotedSpan::open).thenComparingInt(s -> -s.close()));
    List<QuotedSpan> kept = new ArrayList<>(spans.size());
    int coveredUntil = -1;
    for (QuotedSpan s : spans) {
      if (s.open() <= coveredUntil) { // nested in, or crossing, a kept one
        continue;
      }
      kept.add(s);
      coveredUntil = Math.max(coveredUntil, s.close());
    }
    return kept;
  }
}
