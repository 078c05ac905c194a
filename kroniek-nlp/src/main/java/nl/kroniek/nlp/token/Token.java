package nl.kroniek.nlp.token;

import java.util.Objects;
import nl.kroniek.model.fact.Span;

/**
 * One token of a text: its exact text and its character offsets into that text
 * ({@code text.substring(start(), end()).equals(text())}; token text is never normalised, see
 * {@link TokenText} for that), its {@link TokenType}, and flags precomputed once so that later stages
 * (entities, quotes, numbers, sentences) need not rescan characters.
 *
 * <p>Tokens are immutable and made by {@link Tokenizer} or {@link Tokens}.
 */
public final class Token implements Span {

  // Flags derived from the token's own characters.
  static final int CAPITALIZED = 1;
  static final int ALL_CAPS = 1 << 1;
  static final int HAS_DIGIT = 1 << 2;
  static final int HAS_HYPHEN = 1 << 3;
  static final int HAS_APOSTROPHE = 1 << 4;
  static final int HAS_LETTER = 1 << 5;
  // Flags from the gap before the token.
  static final int WHITESPACE_BEFORE = 1 << 8;
  static final int LINE_START = 1 << 9;
  static final int PARAGRAPH_START = 1 << 10;
  // Quote marks.
  static final int QUOTE_OPEN = 1 << 12;
  static final int QUOTE_CLOSE = 1 << 13;
  static final int QUOTE_SINGLE = 1 << 14;

  static final int CONTEXT_MASK = WHITESPACE_BEFORE | LINE_START | PARAGRAPH_START;
  static final int QUOTE_MASK = QUOTE_OPEN | QUOTE_CLOSE | QUOTE_SINGLE;

  private final String text;
  private final int start;
  private final int end;
  private final TokenType type;
  private final int flags;

  Token(String source, int start, int end, TokenType type, int contextAndQuoteFlags) {
    this.text = source.substring(start, end);
    this.start = start;
    this.end = end;
    this.type = type;
    this.flags = (contextAndQuoteFlags & (CONTEXT_MASK | QUOTE_MASK)) | charFlags(source, start, end);
  }

  /** The token exactly as written in the source text. */
  public String text() {
    return text;
  }

  /** Offset of the first char in the source text. */
  @Override
  public int start() {
    return start;
  }

  /** Offset just past the last char in the source text. */
  @Override
  public int end() {
    return end;
  }

  /** Number of chars (UTF-16 units), {@code end() - start()}, never 0. */
  public int length() {
    return end - start;
  }

  public TokenType type() {
    return type;
  }

  /** {@link QuoteRole#NONE} unless this is a {@link TokenType#QUOTE}. */
  public QuoteRole quoteRole() {
    if (type != TokenType.QUOTE) {
      return QuoteRole.NONE;
    }
    boolean open = (flags & QUOTE_OPEN) != 0;
    boolean close = (flags & QUOTE_CLOSE) != 0;
    return open == close ? QuoteRole.AMBIGUOUS : open ? QuoteRole.OPEN : QuoteRole.CLOSE;
  }

  /** A single quote mark ({@code ' ‘ ’ ‹ ›}); false for double marks and for non-quote tokens. */
  public boolean isSingleQuote() {
    return type == TokenType.QUOTE && (flags & QUOTE_SINGLE) != 0;
  }

  /** True if the token is exactly the one char {@code c}. */
  public boolean is(char c) {
    return text.length() == 1 && text.charAt(0) == c;
  }

  /** The first code point is an upper- or titlecase letter ({@code Raqqa}, {@code IS-strijders}, {@code Dhr.}). */
  public boolean isCapitalized() {
    return (flags & CAPITALIZED) != 0;
  }

  /** Has at least one cased letter and no lowercase one ({@code IS}, {@code NAVO}, {@code A}, {@code 3D}). */
  public boolean isAllCaps() {
    return (flags & ALL_CAPS) != 0;
  }

  /** Contains a letter of any script. */
  public boolean hasLetter() {
    return (flags & HAS_LETTER) != 0;
  }

  /** Contains a decimal digit of any script. */
  public boolean hasDigit() {
    return (flags & HAS_DIGIT) != 0;
  }

  /** Contains a hyphen ({@code - ‐ ‑}), as compounds and ranges do. */
  public boolean hasHyphen() {
    return (flags & HAS_HYPHEN) != 0;
  }

  /** Contains an apostrophe ({@code zo'n}, {@code Saoedi’s}, {@code 's}); also true for a single quote mark. */
  public boolean hasApostrophe() {
    return (flags & HAS_APOSTROPHE) != 0;
  }

  /** Whitespace (or control chars) separates this token from the previous one, or from the text start. */
  public boolean whitespaceBefore() {
    return (flags & WHITESPACE_BEFORE) != 0;
  }

  /** First token on its line: the text's first token, or one after a line break. */
  public boolean lineStart() {
    return (flags & LINE_START) != 0;
  }

  /** First token of a paragraph: the text's first token, or one after a blank line or U+2029. */
  public boolean paragraphStart() {
    return (flags & PARAGRAPH_START) != 0;
  }

  /** The text with typographic variants unified, see {@link TokenText#normalize}. */
  public String normalized() {
    return TokenText.normalize(text);
  }

  int flags() {
    return flags;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && start == t.start && end == t.end && flags == t.flags && type == t.type
        && text.equals(t.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, start, end, type, flags);
  }

  @Override
  public String toString() {
    return text + "@" + start + ":" + type;
  }

  /** Flags that depend only on the characters in {@code source[start, end)}. */
  static int charFlags(String source, int start, int end) {
    int f = 0;
    boolean cased = false;
    boolean lower = false;
    for (int i = start; i < end; ) {
      int cp = source.codePointAt(i);
      if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') {
          f |= HAS_LETTER;
          lower = true;
          cased = true;
        } else if (cp >= 'A' && cp <= 'Z') {
          f |= HAS_LETTER;
          cased = true;
          if (i == start) {
            f |= CAPITALIZED;
          }
        } else if (cp >= '0' && cp <= '9') {
          f |= HAS_DIGIT;
        } else if (cp == '-') {
          f |= HAS_HYPHEN;
        } else if (cp == '\'' || cp == '`') {
          f |= HAS_APOSTROPHE;
        }
        i++;
        continue;
      }
      if (Character.isLetter(cp)) {
        f |= HAS_LETTER;
        if (Character.isLowerCase(cp)) {
          lower = true;
          cased = true;
        } else if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
          cased = true;
          if (i == start) {
            f |= CAPITALIZED;
          }
        }
      } else if (Character.isDigit(cp)) {
        f |= HAS_DIGIT;
      } else {
        byte cls = CharClass.ofCodePoint(cp);
        if (cls == CharClass.HYPHEN) {
          f |= HAS_HYPHEN;
        } else if (cls == CharClass.APOSTROPHE) {
          f |= HAS_APOSTROPHE;
        }
      }
      i += Character.charCount(cp);
    }
    if (cased && !lower) {
      f |= ALL_CAPS;
    }
    return f;
  }
}
