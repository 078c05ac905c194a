package nl.kroniek.nlp.time;

import java.util.Locale;

/**
 * Splits text into words (letter runs), numbers (ASCII digit runs) and single symbols, lazily and with exact
 * offsets. Only a window of recent tokens is kept (a ring buffer), so memory stays constant however long the
 * text; callers look back and ahead a few tokens only. Deliberately independent of the general tokenizer:
 * time expressions need digits and symbols split apart ({@code 15-10-2017}).
 */
final class TokenStream {

  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte SYMBOL = 3;

  /** Longest word that is lower-cased for lookup; longer ones cannot be time words. */
  private static final int MAX_WORD = 32;
  /** Digit runs longer than this get no numeric value (400-digit garbage stays cheap). */
  private static final int MAX_DIGITS = 9;
  private static final int CAPACITY = 256;
  private static final int MASK = CAPACITY - 1;
  /** How far behind the newest token callers may still look. */
  private static final int KEEP = CAPACITY - 64;

  private static final byte GLUED = 1; // no whitespace before this token
  private static final byte NEWLINE = 2; // the whitespace before it contains a line break

  private final String text;
  private final int length;
  private int pos;
  private int count;

  private final int[] starts = new int[CAPACITY];
  private final int[] ends = new int[CAPACITY];
  private final int[] numbers = new int[CAPACITY];
  private final byte[] kinds = new byte[CAPACITY];
  private final byte[] flags = new byte[CAPACITY];
  private final String[] lowers = new String[CAPACITY];

  TokenStream(String text) {
    this.text = text;
    this.length = text.length();
  }

  String text() {
    return text;
  }

  /** True when token {@code i} exists (lexing up to it if needed) and is still in the window. */
  boolean has(int i) {
    if (i < 0) {
      return false;
    }
    while (count <= i) {
      if (!lexNext()) {
        return false;
      }
    }
    return i >= count - KEEP;
  }

  byte kind(int i) {
    return has(i) ? kinds[i & MASK] : 0;
  }

  int start(int i) {
    return starts[i & MASK];
  }

  int end(int i) {
    return ends[i & MASK];
  }

  /** Lower-case word, or null for numbers, symbols, over-long words and absent tokens. */
  String word(int i) {
    return has(i) && kinds[i & MASK] == WORD ? lowers[i & MASK] : null;
  }

  boolean is(int i, String lowerWord) {
    return lowerWord.equals(word(i));
  }

  /** Value of a digit run of at most 9 digits; -1 for anything else. */
  int number(int i) {
    return has(i) && kinds[i & MASK] == NUMBER ? numbers[i & MASK] : -1;
  }

  /** Number of digits of a number token (0 for other tokens). */
  int digits(int i) {
    return has(i) && kinds[i & MASK] == NUMBER ? ends[i & MASK] - starts[i & MASK] : 0;
  }

  boolean symbol(int i, char c) {
    return has(i) && kinds[i & MASK] == SYMBOL && text.charAt(starts[i & MASK]) == c;
  }

  /** The symbol character, or 0 when the token is not a symbol. */
  char symbolChar(int i) {
    return has(i) && kinds[i & MASK] == SYMBOL ? text.charAt(starts[i & MASK]) : 0;
  }

  /** True when token {@code i} follows token {@code i-1} without whitespace. */
  boolean glued(int i) {
    return has(i) && i > 0 && (flags[i & MASK] & GLUED) != 0;
  }

  boolean newlineBefore(int i) {
    return has(i) && (flags[i & MASK] & NEWLINE) != 0;
  }

  boolean capitalized(int i) {
    return has(i) && kinds[i & MASK] == WORD && Character.isUpperCase(text.charAt(starts[i & MASK]));
  }

  boolean lowerCase(int i) {
    return has(i) && kinds[i & MASK] == WORD && Character.isLowerCase(text.charAt(starts[i & MASK]));
  }

  /** True at the start of the text, a line, or after sentence punctuation (up to two quotes between). */
  boolean sentenceStart(int i) {
    int j = i;
    for (int skipped = 0; ; skipped++) {
      if (j <= 0 || newlineBefore(j)) {
        return true;
      }
      char c = symbolChar(j - 1);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '•') {
        return true;
      }
      if (skipped < 2 && "\"'“”‘’«(-–".indexOf(c) >= 0 && c != 0) {
        j--;
        continue;
      }
      return false;
    }
  }

  private boolean lexNext() {
    int p = pos;
    boolean newline = false;
    while (p < length) {
      char c = text.charAt(p);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        break;
      }
      newline |= c == '\n' || c == '\r';
      p++;
    }
    if (p >= length) {
      pos = p;
      return false;
    }
    int slot = count & MASK;
    boolean glued = p == pos && count > 0;
    int start = p;
    char c = text.charAt(p);
    if (c >= '0' && c <= '9') {
      int value = 0;
      while (p < length && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
        if (p - start < MAX_DIGITS) {
          value = value * 10 + (text.charAt(p) - '0');
        }
        p++;
      }
      kinds[slot] = NUMBER;
      numbers[slot] = p - start <= MAX_DIGITS ? value : -1;
      lowers[slot] = null;
    } else if (Character.isLetter(c)) {
      while (p < length && Character.isLetter(text.charAt(p))) {
        p++;
      }
      kinds[slot] = WORD;
      numbers[slot] = -1;
      lowers[slot] = p - start <= MAX_WORD ? text.substring(start, p).toLowerCase(Locale.ROOT) : null;
    } else {
      p++;
      kinds[slot] = SYMBOL;
      numbers[slot] = -1;
      lowers[slot] = null;
    }
    starts[slot] = start;
    ends[slot] = p;
    flags[slot] = (byte) ((glued ? GLUED : 0) | (newline ? NEWLINE : 0));
    pos = p;
    count++;
    return true;
  }
}
