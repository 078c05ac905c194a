package nl.kroniek.nlp.token;

/** Decides whether a quote mark opens or closes, from its neighbours first and its glyph second. */
final class QuoteMarks {

  /** How far past adjacent quote marks we look for a neighbour ({@code "'door}); bounded for speed. */
  private static final int MAX_SKIP = 3;

  private QuoteMarks() {}

  /** {@link Token#QUOTE_OPEN}, {@link Token#QUOTE_CLOSE}, or both for ambiguous, for the mark s[start, end). */
  static int roleFlags(String s, int start, int end) {
    int n = s.length();
    int before = start - 1;
    while (before >= 0 && start - before <= MAX_SKIP && isQuoteChar(s.charAt(before))) {
      before--;
    }
    int after = end;
    while (after < n && after - end < MAX_SKIP && isQuoteChar(s.charAt(after))) {
      after++;
    }
    boolean spaceLeft = before < 0 || opensLeft(s.charAt(before));
    boolean spaceRight = after >= n || closesRight(s.charAt(after));
    if (spaceLeft && !spaceRight) {
      return Token.QUOTE_OPEN;
    }
    if (!spaceLeft && spaceRight) {
      return Token.QUOTE_CLOSE;
    }
    if (!spaceLeft && !isWordOrDigit(s.charAt(before))) {
      return Token.QUOTE_CLOSE; // glued between punctuation and a word: vertrok."Daarna
    }
    return glyphRole(s.charAt(start));
  }

  static boolean isQuoteChar(char c) {
    byte cls = CharClass.of(c);
    return cls == CharClass.APOSTROPHE || cls == CharClass.DOUBLE_QUOTE || cls == CharClass.SINGLE_QUOTE;
  }

  private static int glyphRole(char c) {
    return switch (c) {
      case ',', '\u201C', '\u201E', '\u201F', '\u2018', '\u201A', '\u201B', '\u00AB', '\u2039' -> Token.QUOTE_OPEN;
      case '\u201D', '\u2019', '\u00BB', '\u203A' -> Token.QUOTE_CLOSE;
      default -> Token.QUOTE_OPEN | Token.QUOTE_CLOSE;
    };
  }

  /** A char before a quote mark that lets it open: space, an opening bracket, a dash, a slash. */
  private static boolean opensLeft(char c) {
    byte cls = CharClass.of(c);
    return CharClass.isSpace(cls) || cls == CharClass.OPEN_BRACKET || cls == CharClass.DASH || c == '/';
  }

  /**
   * A char after a quote mark that lets it close: space, a closing bracket, punctuation ending a clause, a
   * hyphen (a quoted phrase used in a compound).
   */
  private static boolean closesRight(char c) {
    byte cls = CharClass.of(c);
    return CharClass.isSpace(cls) || cls == CharClass.CLOSE_BRACKET || cls == CharClass.TERMINAL
        || cls == CharClass.PERIOD || c == ',' || c == ';' || c == ':' || cls == CharClass.DASH
        || cls == CharClass.HYPHEN; // 'minder Marokkanen'-uitspraak
  }

  private static boolean isWordOrDigit(char c) {
    return CharClass.isWordChar(CharClass.of(c)) || Character.isSurrogate(c);
  }
}
