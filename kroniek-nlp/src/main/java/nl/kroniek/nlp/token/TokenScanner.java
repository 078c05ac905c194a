package nl.kroniek.nlp.token;

import static nl.kroniek.nlp.token.CharClass.APOSTROPHE;
import static nl.kroniek.nlp.token.CharClass.DIGIT;
import static nl.kroniek.nlp.token.CharClass.FORMAT;
import static nl.kroniek.nlp.token.CharClass.HYPHEN;
import static nl.kroniek.nlp.token.CharClass.LETTER;

import java.util.List;

/**
 * One tokenizer run over one text: a hand-written scanner that looks at each char a bounded number of
 * times (no regular expressions, no backtracking over the text). Not thread-safe; {@link Tokenizer} makes
 * one per call.
 */
final class TokenScanner {

  private final String s;
  private final int n;
  private final Abbreviations abbreviations;
  private final List<? super Token> out;

  // The gap since the previous token.
  private boolean spaceSeen;
  private int newlines;
  private boolean first = true;
  // A single quote mark opened in this paragraph and not yet closed: then "Kees'" is a closing quote,
  // not a possessive.
  private boolean singleOpen;
  // Position of the next '@' at or after the scan position (n if none): e-mail lookahead only runs near one.
  private int nextAt = -1;
  private TokenType lastType;
  private int lastStart;
  private int lastEnd;

  TokenScanner(String text, Abbreviations abbreviations, List<? super Token> out) {
    this.s = text;
    this.n = text.length();
    this.abbreviations = abbreviations;
    this.out = out;
  }

  void run() {
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      byte cls = CharClass.of(c);
      switch (cls) {
        case CharClass.SPACE -> {
          spaceSeen = true;
          i++;
        }
        case CharClass.NEWLINE -> {
          spaceSeen = true;
          if (c != '\n' || i == 0 || s.charAt(i - 1) != '\r') {
            newlines++;
          }
          i++;
        }
        case CharClass.PARAGRAPH -> {
          spaceSeen = true;
          newlines += 2;
          i++;
        }
        case FORMAT -> i++; // invisible outside a word
        default -> {
          if (newlines >= 2) {
            singleOpen = false;
          }
          i = token(i, c, cls);
        }
      }
    }
  }

  /** Emits the token starting at i (a visible char of class cls) and returns its end. */
  private int token(int i, char c, byte cls) {
    return switch (cls) {
      case LETTER -> word(i);
      case DIGIT -> number(i);
      case APOSTROPHE -> apostrophe(i);
      case CharClass.DOUBLE_QUOTE -> quote(i, i + 1, false);
      case CharClass.SINGLE_QUOTE -> quote(i, i + 1, true);
      case HYPHEN -> hyphen(i);
      case CharClass.PUNCT -> isLowDoubleQuote(i) ? quote(i, i + 2, false) : run(i, TokenType.PUNCT);
      case CharClass.DASH, CharClass.PERIOD, CharClass.ELLIPSIS -> run(i, TokenType.PUNCT);
      case CharClass.TERMINAL -> terminals(i);
      case CharClass.OPEN_BRACKET, CharClass.CLOSE_BRACKET -> emit(i, i + 1, TokenType.PUNCT, 0);
      case CharClass.SYMBOL -> symbol(i);
      case CharClass.SURROGATE -> surrogate(i, c);
      default -> emit(i, i + 1, TokenType.OTHER, 0);
    };
  }

  // ---- words, abbreviations, web addresses

  private int word(int i) {
    if (WebAddresses.startsUrl(s, i)) {
      return emit(i, WebAddresses.scanUrl(s, i), TokenType.URL, 0);
    }
    int j = scanWord(i, i);
    if (j < n) {
      char c = s.charAt(j);
      if ((c == '@' || c == '.' || c == '_' || c == '+' || c == '%') && atWithinLocalPart(i)) {
        int e = WebAddresses.matchEmail(s, i);
        if (e > 0) {
          return emit(i, e, TokenType.EMAIL, 0);
        }
      }
      if (c == '.' && j + 1 < n && WebAddresses.isAsciiAlnum(s.charAt(j + 1))) {
        int e = WebAddresses.matchDomain(s, i);
        if (e > 0) {
          return emit(i, e, TokenType.URL, 0);
        }
      }
      if (c == '.' && (j + 1 == n || s.charAt(j + 1) != '.')) {
        int e = abbreviation(i, j);
        if (e > 0) {
          return emit(i, e, TokenType.ABBREVIATION, 0);
        }
      }
      if (c == '/' && j - i == 1 && j + 1 < n && Character.isLetter(s.charAt(j + 1))
          && (j + 2 == n || wordCharLen(j + 2) == 0)) {
        return emit(i, j + 2, TokenType.ABBREVIATION, 0); // t/m, m/v
      }
    }
    return emit(i, j, TokenType.WORD, 0);
  }

  /**
   * Extends a word from j: letters and digits of any script, joined by inner hyphens (compounds), inner
   * apostrophes ({@code zo'n}), {@code &} between capitals ({@code H&M}), underscores and invisible format
   * chars; a hyphen before a space stays ({@code vrachtwagen- en}), as does a possessive apostrophe after s.
   */
  private int scanWord(int i, int j) {
    while (j < n) {
      int w = wordCharLen(j);
      if (w > 0) {
        j += w;
        continue;
      }
      char c = s.charAt(j);
      byte cls = CharClass.of(c);
      if (cls == HYPHEN) {
        if (j + 1 < n && wordCharLen(j + 1) > 0) {
          j++;
          continue;
        }
        boolean trailing = j > i && (j + 1 == n || isTrailingHyphenFollower(s.charAt(j + 1)));
        return trailing ? j + 1 : j;
      }
      if (cls == APOSTROPHE) {
        if (j + 1 < n && CharClass.of(s.charAt(j + 1)) == LETTER) {
          j++;
          continue;
        }
        return !singleOpen && isPossessive(i, j) ? j + 1 : j;
      }
      if (j > i && j + 1 < n) {
        if (c == '&' && isAsciiUpper(s.charAt(j - 1)) && isAsciiUpper(s.charAt(j + 1))) {
          j++;
          continue;
        }
        if ((c == '_' || cls == FORMAT) && wordCharLen(j + 1) > 0) {
          j++;
          continue;
        }
      }
      return j;
    }
    return j;
  }

  /**
   * End of the abbreviation made of the word s[i, period) and the period, or -1: a chain of single
   * letters ({@code o.a.}, {@code J.P.}), a listed entry, or an initial before a name.
   */
  private int abbreviation(int i, int period) {
    int len = period - i;
    if (len == 1 && Character.isLetter(s.charAt(i))) {
      int k = period;
      int segments = 1;
      while (k + 1 < n && s.charAt(k) == '.' && Character.isLetter(s.charAt(k + 1))
          && (k + 2 == n || wordCharLen(k + 2) == 0)) {
        k += 2;
        segments++;
      }
      if (segments >= 2) {
        return k < n && s.charAt(k) == '.' ? k + 1 : k;
      }
    }
    if (period + 1 < n && Character.isLetter(s.charAt(period + 1))) {
      int m = abbreviations.matchMultiSegment(s, i);
      if (m > 0) {
        return m;
      }
    }
    Abbreviations.Kind kind = abbreviations.kindOf(s, i, period + 1);
    if (kind != null && (kind != Abbreviations.Kind.NEXT_TO_NUMBER || nextToNumber(period + 1))) {
      return period + 1;
    }
    if (len == 1 && Character.isUpperCase(s.charAt(i)) && nameFollowsOnLine(period + 1)) {
      return period + 1; // an initial: J. Dillon, A.Smit, W. van Dijk, Linda H. (60)
    }
    return -1;
  }

  /** An '@' close enough after i to end an e-mail local part; amortised O(1) per call. */
  private boolean atWithinLocalPart(int i) {
    if (nextAt < i) {
      nextAt = s.indexOf('@', i);
      if (nextAt < 0) {
        nextAt = n;
      }
    }
    return nextAt - i <= WebAddresses.maxLocalPart();
  }

  private boolean nextToNumber(int afterPeriod) {
    if (lastType == TokenType.NUMBER) {
      return true;
    }
    int k = skipInlineSpaces(afterPeriod);
    return k < n && Character.isDigit(s.charAt(k));
  }

  /** A letter, or an age in brackets, follows on the same line. */
  private boolean nameFollowsOnLine(int p) {
    int k = skipInlineSpaces(p);
    if (k < n && Character.isLetter(s.codePointAt(k))) {
      return true;
    }
    return k > p && k + 1 < n && s.charAt(k) == '(' && Character.isDigit(s.charAt(k + 1));
  }

  /** Skips at most two spaces (not line breaks), so lookahead stays bounded. */
  private int skipInlineSpaces(int p) {
    int k = p;
    while (k < n && k - p < 2 && (s.charAt(k) == ' ' || s.charAt(k) == '\u00A0')) {
      k++;
    }
    return k;
  }

  private boolean isPossessive(int wordStart, int apostrophe) {
    if (apostrophe - wordStart < 2 || apostrophe + 1 >= n) {
      return false;
    }
    char last = Character.toLowerCase(s.charAt(apostrophe - 1));
    return (last == 's' || last == 'x' || last == 'z') && CharClass.isSpace(CharClass.of(s.charAt(apostrophe + 1)));
  }

  private static boolean isTrailingHyphenFollower(char c) {
    return CharClass.isSpace(CharClass.of(c)) || c == ',' || c == '/';
  }

  // ---- numbers

  private int number(int i) {
    int j = digits(i);
    while (j + 1 < n) {
      char c = s.charAt(j);
      if ((c == '.' || c == ',' || c == ':' || c == '/' || CharClass.of(c) == HYPHEN)
          && CharClass.of(s.charAt(j + 1)) == DIGIT) {
        j = digits(j + 1);
      } else {
        break;
      }
    }
    if (j < n) {
      char c = s.charAt(j);
      byte cls = CharClass.of(c);
      if (cls == LETTER) {
        if (Character.getType(c) == Character.OTHER_NUMBER) {
          int k = j;
          while (k < n && Character.getType(s.charAt(k)) == Character.OTHER_NUMBER) {
            k++;
          }
          return emit(i, k, TokenType.NUMBER, 0); // 2½, 10²
        }
        int k = j;
        while (k < n && CharClass.of(s.charAt(k)) == LETTER) {
          k++;
        }
        boolean compound = k + 1 < n && CharClass.of(s.charAt(k)) == HYPHEN && wordCharLen(k + 1) > 0;
        boolean ordinal = isOrdinalSuffix(j, k) && (k == n || wordCharLen(k) == 0);
        if (ordinal && !compound) {
          return emit(i, k, TokenType.ORDINAL, 0);
        }
        if (ordinal || compound || !Character.isLowerCase(c)) {
          return emit(i, scanWord(i, j), TokenType.WORD, 0); // 21ste-eeuwse, 3D, 5G
        }
        return emit(i, j, TokenType.NUMBER, 0); // 10km: the unit becomes its own word
      }
      if ((cls == HYPHEN || cls == APOSTROPHE) && j + 1 < n && CharClass.of(s.charAt(j + 1)) == LETTER) {
        return emit(i, scanWord(i, j), TokenType.WORD, 0); // 26-jarige, 80's
      }
    }
    return emit(i, j, TokenType.NUMBER, 0);
  }

  private int digits(int j) {
    while (j < n && CharClass.of(s.charAt(j)) == DIGIT) {
      j++;
    }
    return j;
  }

  private boolean isOrdinalSuffix(int start, int end) {
    return switch (end - start) {
      case 1 -> s.charAt(start) == 'e';
      case 2 -> s.startsWith("de", start) || s.startsWith("st", start) || s.startsWith("nd", start)
          || s.startsWith("rd", start) || s.startsWith("th", start);
      case 3 -> s.startsWith("ste", start);
      default -> false;
    };
  }

  // ---- apostrophes, quotes, punctuation, symbols

  /**
   * An apostrophe not inside a word: {@code 's}, {@code 't}, {@code 'n}, {@code 'k}, {@code 'm} (with a
   * compound: {@code 's-Hertogenbosch}), a short year {@code '80}, or else a single quote mark.
   */
  private int apostrophe(int i) {
    if (i + 1 < n && CharClass.of(s.charAt(i + 1)) == APOSTROPHE) {
      return quote(i, i + 2, false); // '' written for "
    }
    boolean glued = i > 0 && (CharClass.isWordChar(CharClass.of(s.charAt(i - 1)))
        || Character.isLowSurrogate(s.charAt(i - 1)));
    if (!glued && i + 1 < n) {
      char d = s.charAt(i + 1);
      if ((d == 's' || d == 't' || d == 'n' || d == 'k' || d == 'm') && (i + 2 == n || wordCharLen(i + 2) == 0)) {
        return emit(i, scanWord(i, i + 2), TokenType.WORD, 0);
      }
      if (isAsciiDigit(d) && i + 2 < n && isAsciiDigit(s.charAt(i + 2)) && (i + 3 == n || wordCharLen(i + 3) == 0)) {
        return emit(i, i + 3, TokenType.NUMBER, 0);
      }
    }
    return quote(i, i + 1, true);
  }

  private int quote(int start, int end, boolean single) {
    int role = QuoteMarks.roleFlags(s, start, end);
    if (single) {
      singleOpen = switch (role) {
        case Token.QUOTE_OPEN -> true;
        case Token.QUOTE_CLOSE -> false;
        default -> !singleOpen;
      };
    }
    return emit(start, end, TokenType.QUOTE, role | (single ? Token.QUOTE_SINGLE : 0));
  }

  /** Two commas {@code ,,} written for the low quote {@code „}, as Algemeen Dagblad does: {@code ,,We gaan.''} */
  private boolean isLowDoubleQuote(int i) {
    return s.charAt(i) == ',' && i + 1 < n && s.charAt(i + 1) == ',' && (i + 2 == n || s.charAt(i + 2) != ',');
  }

  /** A hyphen not inside a word: the start of an elided compound ({@code en -instellingen}) or a dash. */
  private int hyphen(int i) {
    if (spaceSeen && i + 1 < n && Character.isLowerCase(s.charAt(i + 1)) && lastWordIsConjunction()) {
      return emit(i, scanWord(i, i + 1), TokenType.WORD, 0);
    }
    return run(i, TokenType.PUNCT);
  }

  private boolean lastWordIsConjunction() {
    return lastType == TokenType.WORD && lastEnd - lastStart == 2
        && (s.regionMatches(true, lastStart, "en", 0, 2) || s.regionMatches(true, lastStart, "of", 0, 2));
  }

  /** A run of one repeated char ({@code ...}, {@code --}, {@code ,}) as one token. */
  private int run(int i, TokenType type) {
    char c = s.charAt(i);
    int j = i + 1;
    while (j < n && s.charAt(j) == c) {
      j++;
    }
    return emit(i, j, type, 0);
  }

  /** A run of sentence-final marks ({@code ?!}, {@code !!!}) as one token. */
  private int terminals(int i) {
    int j = i + 1;
    while (j < n && CharClass.of(s.charAt(j)) == CharClass.TERMINAL) {
      j++;
    }
    return emit(i, j, TokenType.PUNCT, 0);
  }

  /** One symbol with what renders as part of it: marks, variation selectors, skin tones, ZWJ sequences, flags. */
  private int symbol(int i) {
    int cp = s.codePointAt(i);
    int j = i + Character.charCount(cp);
    boolean regional = isRegionalIndicator(cp);
    while (j < n) {
      int next = s.codePointAt(j);
      int type = Character.getType(next);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || (next >= 0x1F3FB && next <= 0x1F3FF) || (next >= 0xE0020 && next <= 0xE007F)) {
        j += Character.charCount(next);
      } else if (next == 0x200D && j + 1 < n && CharClass.ofCodePoint(s.codePointAt(j + 1)) == CharClass.SYMBOL) {
        j += 1 + Character.charCount(s.codePointAt(j + 1));
      } else if (regional && isRegionalIndicator(next)) {
        j += Character.charCount(next);
        regional = false;
      } else {
        break;
      }
    }
    return emit(i, j, TokenType.SYMBOL, 0);
  }

  private int surrogate(int i, char c) {
    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      return switch (CharClass.ofCodePoint(cp)) {
        case LETTER, DIGIT -> emit(i, scanWord(i, i), TokenType.WORD, 0);
        case CharClass.SYMBOL -> symbol(i);
        case FORMAT, CharClass.SPACE -> i + 2; // invisible (tags, variation selectors outside a symbol)
        case CharClass.OTHER -> emit(i, i + 2, TokenType.OTHER, 0);
        default -> emit(i, i + 2, TokenType.PUNCT, 0);
      };
    }
    return emit(i, i + 1, TokenType.OTHER, 0); // a lone surrogate
  }

  // ---- helpers

  /** 1 or 2 if a letter or digit (a BMP char or a surrogate pair) starts at j, else 0. */
  private int wordCharLen(int j) {
    char c = s.charAt(j);
    byte cls = CharClass.of(c);
    if (cls == LETTER || cls == DIGIT) {
      return 1;
    }
    if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
      byte k = CharClass.ofCodePoint(Character.toCodePoint(c, s.charAt(j + 1)));
      return k == LETTER || k == DIGIT ? 2 : 0;
    }
    return 0;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private int emit(int start, int end, TokenType type, int quoteFlags) {
    int f = quoteFlags;
    if (spaceSeen) {
      f |= Token.WHITESPACE_BEFORE;
    }
    if (first || newlines > 0) {
      f |= Token.LINE_START;
    }
    if (first || newlines >= 2) {
      f |= Token.PARAGRAPH_START;
    }
    out.add(new Token(s, start, end, type, f));
    first = false;
    spaceSeen = false;
    newlines = 0;
    lastType = type;
    lastStart = start;
    lastEnd = end;
    return end;
  }
}
