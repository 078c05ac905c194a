package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.fail;

import java.util.BitSet;
import java.util.List;

/**
 * The promises every tokenization and split must keep, whatever the input. Plain checks rather than one
 * assertion per char, so megabyte inputs stay quick to verify.
 */
final class Invariants {

  private Invariants() {}

  /**
   * Tokens are non-empty, ordered, non-overlapping, within bounds, slice back to their text and hold no
   * whitespace; every char between tokens is whitespace, a control or an invisible format char; the
   * whitespace and paragraph flags agree with the text.
   */
  static void checkTokens(String text, List<Token> tokens) {
    int previousEnd = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.start() < previousEnd || t.end() <= t.start() || t.end() > text.length()) {
        fail("token %d %s overlaps, is empty or out of bounds (previous end %d, text length %d)", k, t,
            previousEnd, text.length());
      }
      if (!t.text().equals(text.substring(t.start(), t.end())) || t.length() != t.end() - t.start()) {
        fail("token %d %s does not slice back", k, t);
      }
      for (int i = t.start(); i < t.end(); i++) {
        if (CharClass.isSpace(CharClass.of(text.charAt(i)))) {
          fail("token %d %s contains whitespace", k, t);
        }
      }
      checkSkippable(text, previousEnd, t.start());
      boolean space = hasSpace(text, previousEnd, t.start());
      if (t.whitespaceBefore() != space) {
        fail("token %d %s: whitespaceBefore %s, but the gap has space: %s", k, t, t.whitespaceBefore(), space);
      }
      if ((k == 0 && !t.paragraphStart()) || (t.paragraphStart() && !t.lineStart())) {
        fail("token %d %s: bad paragraph/line flags", k, t);
      }
      if ((t.quoteRole() == QuoteRole.NONE) != (t.type() != TokenType.QUOTE)) {
        fail("token %d %s: quote role %s", k, t, t.quoteRole());
      }
      previousEnd = t.end();
    }
    checkSkippable(text, previousEnd, text.length());
  }

  /** Sentences are non-empty, cover all tokens in order, respect the cap, span their tokens' chars. */
  static void checkSentences(List<Token> tokens, List<Sentence> sentences, int maxTokens) {
    int next = 0;
    BitSet starts = new BitSet();
    for (Sentence s : sentences) {
      if (s.tokenStart() != next || s.tokenCount() < 1 || s.tokenCount() > maxTokens) {
        fail("sentence %s does not follow token %d or breaks the cap %d", s, next, maxTokens);
      }
      if (s.start() != tokens.get(s.tokenStart()).start() || s.end() != tokens.get(s.tokenEnd() - 1).end()) {
        fail("sentence %s does not span its tokens", s);
      }
      starts.set(s.tokenStart());
      next = s.tokenEnd();
    }
    if (next != tokens.size()) {
      fail("sentences end at token %d of %d", next, tokens.size());
    }
    for (int k = 1; k < tokens.size(); k++) {
      if (tokens.get(k).paragraphStart() && !starts.get(k)) {
        fail("no sentence starts at paragraph token %d %s", k, tokens.get(k));
      }
    }
  }

  /** Tokenizes, splits and checks both. */
  static List<Sentence> checkAll(String text, Tokenizer tokenizer, SentenceSplitter splitter) {
    List<Token> tokens = tokenizer.tokenize(text);
    checkTokens(text, tokens);
    List<Sentence> sentences = splitter.split(tokens);
    checkSentences(tokens, sentences, splitter.maxTokens());
    return sentences;
  }

  /** Chars no token covers must be whitespace, controls or invisible format chars. */
  private static void checkSkippable(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      byte cls = CharClass.ofCodePoint(cp);
      if (!CharClass.isSpace(cls) && cls != CharClass.FORMAT) {
        fail("U+%04X at %d is in no token", cp, i);
      }
      i += Character.charCount(cp);
    }
  }

  private static boolean hasSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CharClass.isSpace(CharClass.of(text.charAt(i)))) {
        return true;
      }
    }
    return false;
  }
}
