package nl.kroniek.nlp.token;

/**
 * The tokenizer's view of a character: a small class per code point, looked up in a 64K table for the
 * BMP so the scanner never calls {@link Character#getType} in its inner loop.
 */
final class CharClass {

  static final byte SPACE = 0; // spaces, tabs, other controls, zero-width space
  static final byte NEWLINE = 1; // \n \r VT FF NEL U+2028
  static final byte PARAGRAPH = 2; // U+2029: a paragraph break on its own
  static final byte LETTER = 3; // letters, marks, letter-like numbers (Ⅻ, ², ½)
  static final byte DIGIT = 4; // decimal digits of any script
  static final byte APOSTROPHE = 5; // ' ‘ ’ ‛ ‚ ` ´ ʼ: apostrophe or single quote
  static final byte DOUBLE_QUOTE = 6; // " “ ” „ ‟ « »
  static final byte SINGLE_QUOTE = 7; // ‹ › and other quote punctuation never used as apostrophe
  static final byte HYPHEN = 8; // - ‐ ‑: joins compounds
  static final byte DASH = 9; // ‒ – — ― −: always punctuation
  static final byte PERIOD = 10;
  static final byte ELLIPSIS = 11; // …
  static final byte TERMINAL = 12; // ! ? ‽ and sentence ends of other scripts
  static final byte OPEN_BRACKET = 13;
  static final byte CLOSE_BRACKET = 14;
  static final byte PUNCT = 15;
  static final byte SYMBOL = 16;
  static final byte FORMAT = 17; // soft hyphen, joiners, bidi marks: invisible
  static final byte SURROGATE = 18;
  static final byte OTHER = 19; // private use, unassigned

  private static final byte[] BMP = new byte[0x10000];

  static {
    for (int c = 0; c < BMP.length; c++) {
      BMP[c] = compute(c);
    }
  }

  private CharClass() {}

  /** Class of a BMP char (a surrogate half gives {@link #SURROGATE}). */
  static byte of(char c) {
    return BMP[c];
  }

  /** Class of any code point. */
  static byte ofCodePoint(int cp) {
    return cp < 0x10000 ? BMP[cp] : compute(cp);
  }

  static boolean isWordChar(byte cls) {
    return cls == LETTER || cls == DIGIT;
  }

  static boolean isSpace(byte cls) {
    return cls <= PARAGRAPH;
  }

  private static byte compute(int cp) {
    byte special = special(cp);
    if (special >= 0) {
      return special;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> LETTER;
      case Character.DECIMAL_DIGIT_NUMBER -> DIGIT;
      case Character.SPACE_SEPARATOR, Character.CONTROL -> SPACE;
      case Character.LINE_SEPARATOR -> NEWLINE;
      case Character.PARAGRAPH_SEPARATOR -> PARAGRAPH;
      case Character.DASH_PUNCTUATION -> DASH;
      case Character.START_PUNCTUATION -> OPEN_BRACKET;
      case Character.END_PUNCTUATION -> CLOSE_BRACKET;
      case Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> DOUBLE_QUOTE;
      case Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION -> PUNCT;
      case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> SYMBOL;
      case Character.FORMAT -> FORMAT;
      case Character.SURROGATE -> SURROGATE;
      default -> OTHER;
    };
  }

  /** Characters whose Unicode category does not say what they do in running Dutch text. */
  private static byte special(int cp) {
    return switch (cp) {
      case '\n', '\r', 0x0B, 0x0C, 0x85 -> NEWLINE;
      case 0x200B -> SPACE; // zero-width space separates words
      case '\'', 0x2018, 0x2019, 0x201B, 0x201A, '`', 0x00B4, 0x02BC -> APOSTROPHE;
      case '"', 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033 -> DOUBLE_QUOTE;
      case 0x2039, 0x203A -> SINGLE_QUOTE;
      case '-', 0x2010, 0x2011 -> HYPHEN;
      case 0x2212 -> DASH; // minus sign
      case '.' -> PERIOD;
      case 0x2026 -> ELLIPSIS;
      case '!', '?', 0x203D, 0x3002, 0xFF61, 0xFF01, 0xFF1F, 0x061F, 0x06D4, 0x0964, 0x0965 -> TERMINAL;
      case '%', 0x2030, 0x2031, '#', '&', '@', 0x00A7, 0x2020, 0x2021 -> SYMBOL;
      default -> -1;
    };
  }
}
