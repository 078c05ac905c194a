package nl.kroniek.nlp.quantity;

import java.util.Arrays;

/**
 * The article text cut into words, digit strings and single symbols, with exact offsets.
 *
 * <p>This is a deliberately small scanner of its own (not the shared tokenizer) that keeps what the number
 * grammar needs: whether two tokens touch ({@code 26-jarige}, {@code €2,5}, {@code MH17}) and whether a
 * line or paragraph break lies between them. It stores parallel int arrays rather than objects so that a
 * 20 MB text costs a few arrays, and it is a single left-to-right pass.
 *
 * <ul>
 *   <li>{@link #NUMBER}: ASCII digits with single {@code .} or {@code ,} between digits ({@code 1.700,50}).
 *   <li>{@link #WORD}: letters (and combining marks) with single inner hyphens or apostrophes between letters
 *       ({@code IS-strijders}, {@code zo'n}, {@code jihadi's}, {@code drieëntwintig}).
 *   <li>{@link #SYMBOL}: any other non-space code point, one per token ({@code €}, {@code (}, {@code -}).
 * </ul>
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte SYMBOL = 2;

  private static final byte LINE_BREAK_BEFORE = 1;
  private static final byte PARAGRAPH_BREAK_BEFORE = 2;

  private final String text;
  private int[] starts;
  private int[] ends;
  private byte[] types;
  private byte[] breaks;
  private String[] lowerCache;
  private int size;

  private Tokens(String text) {
    this.text = text;
    int capacity = Math.max(16, Math.min(text.length() / 4 + 16, 1 << 20));
    starts = new int[capacity];
    ends = new int[capacity];
    types = new byte[capacity];
    breaks = new byte[capacity];
  }

  /** Scans the whole text. */
  static Tokens of(String text) {
    Tokens tokens = new Tokens(text);
    tokens.scan();
    tokens.lowerCache = new String[tokens.size];
    return tokens;
  }

  private void scan() {
    int n = text.length();
    int i = 0;
    int newlines = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (c == '\n') {
          newlines++;
        }
        i++;
        continue;
      }
      byte breakBefore = newlines >= 2 ? PARAGRAPH_BREAK_BEFORE : newlines == 1 ? LINE_BREAK_BEFORE : 0;
      newlines = 0;
      int end;
      byte type;
      if (DutchNumbers.isDigit(c)) {
        end = scanNumber(i);
        type = NUMBER;
      } else if (isWordChar(c)) {
        end = scanWord(i);
        type = WORD;
      } else {
        end = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
            ? i + 2 : i + 1;
        type = SYMBOL;
      }
      add(i, end, type, breakBefore);
      i = end;
    }
  }

  private int scanNumber(int from) {
    int n = text.length();
    int j = from + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (DutchNumbers.isDigit(c)) {
        j++;
      } else if ((c == '.' || c == ',') && j + 1 < n && DutchNumbers.isDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private int scanWord(int from) {
    int n = text.length();
    int j = from + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (isWordChar(c)) {
        j++;
      } else if (isJoiner(c) && j + 1 < n && isWordChar(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private void add(int start, int end, byte type, byte breakBefore) {
    if (size == starts.length) {
      int capacity = size + (size >> 1) + 16;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      types = Arrays.copyOf(types, capacity);
      breaks = Arrays.copyOf(breaks, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = type;
    breaks[size] = breakBefore;
    size++;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isWordChar(char c) {
    if (c == 'ƒ') {
      return false; // the florin sign, a currency symbol that Unicode files as a letter
    }
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == '\u2011';
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && types[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && types[i] == NUMBER;
  }

  boolean isSymbol(int i, char c) {
    return i >= 0 && i < size && types[i] == SYMBOL && ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
  }

  /** True when token i is a symbol and one of the given characters. */
  boolean isSymbolIn(int i, String chars) {
    return i >= 0 && i < size && types[i] == SYMBOL && ends[i] - starts[i] == 1
        && chars.indexOf(text.charAt(starts[i])) >= 0;
  }

  /** The token as written. */
  String raw(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** The token lower-cased, without diacritics, with typographic apostrophes made plain; cached. */
  String lower(int i) {
    String cached = lowerCache[i];
    if (cached == null) {
      cached = DutchNumbers.fold(text.substring(starts[i], ends[i]));
      lowerCache[i] = cached;
    }
    return cached;
  }

  /** True when token i is a word whose lower-cased form equals {@code word}. */
  boolean isWord(int i, String word) {
    return isWord(i) && ends[i] - starts[i] >= word.length() && lower(i).equals(word);
  }

  char firstChar(int i) {
    return text.charAt(starts[i]);
  }

  boolean isCapitalized(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** True when tokens i and i+1 touch (no space between). */
  boolean touchesNext(int i) {
    return i >= 0 && i + 1 < size && ends[i] == starts[i + 1];
  }

  boolean lineBreakBefore(int i) {
    return i < size && breaks[i] != 0;
  }

  boolean paragraphBreakBefore(int i) {
    return i < size && breaks[i] == PARAGRAPH_BREAK_BEFORE;
  }

  int length(int i) {
    return ends[i] - starts[i];
  }
}
