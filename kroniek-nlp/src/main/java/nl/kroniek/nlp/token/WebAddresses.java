package nl.kroniek.nlp.token;

import java.util.Set;

/**
 * Finds URLs, bare domains and e-mail addresses at a position. Every lookahead is bounded or consumes
 * what it reads, so the tokenizer stays linear on hostile input.
 */
final class WebAddresses {

  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_DOMAIN = 253;
  /** Bare domains in running text are short; low bounds keep {@code ab.cd.ef...} runs cheap. */
  private static final int MAX_BARE_DOMAIN = 64;
  private static final int MAX_BARE_LABELS = 5;

  /** Top-level domains accepted for a bare domain ({@code nos.nl}); a scheme or {@code www.} needs none. */
  private static final Set<String> TLDS = Set.of("nl", "be", "com", "org", "net", "eu", "de", "fr", "uk", "io",
      "info", "nu", "tv", "gov", "edu", "int", "ai", "app", "dev", "me", "ch", "at", "es", "it", "se", "dk",
      "no", "fi", "pl", "ru", "us", "ca", "au", "jp", "cn", "sr", "cw", "aw", "lu", "ie", "pt", "gr", "tr",
      "lt", "lv", "ee", "cz", "sk", "hu", "ro", "bg", "hr", "si", "mx", "br", "ar", "za", "nz", "il", "kr",
      "tw", "hk", "sg", "news", "online", "amsterdam", "frl", "brussels", "vlaanderen", "gent", "biz", "co");

  private WebAddresses() {}

  /** True if a scheme URL ({@code http://}, {@code https://}, {@code ftp://}) or {@code www.} starts at i. */
  static boolean startsUrl(String s, int i) {
    char c = s.charAt(i);
    if (c == 'h' || c == 'H') {
      return s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8);
    }
    if (c == 'w' || c == 'W') {
      return s.regionMatches(true, i, "www.", 0, 4) && i + 4 < s.length() && isAsciiAlnum(s.charAt(i + 4));
    }
    if (c == 'f' || c == 'F') {
      return s.regionMatches(true, i, "ftp://", 0, 6);
    }
    return false;
  }

  /** End of the URL that starts at i: up to whitespace or a quote mark, less trailing punctuation. */
  static int scanUrl(String s, int i) {
    int n = s.length();
    int j = i;
    int open = 0;
    int close = 0;
    while (j < n && isUrlChar(s.charAt(j))) {
      char c = s.charAt(j);
      if (c == '(') {
        open++;
      } else if (c == ')') {
        close++;
      }
      j++;
    }
    return trimUrlEnd(s, i, j, open, close);
  }

  /**
   * End of a bare domain ({@code nos.nl}, {@code NU.nl/economie}) at i, or -1. The top-level domain must be
   * known and lower case, so a missing space after a period ({@code huis.De}) is not a domain.
   */
  static int matchDomain(String s, int i) {
    int n = s.length();
    int limit = Math.min(n, i + MAX_BARE_DOMAIN);
    int j = i;
    int labels = 0;
    int lastLabelStart = i;
    while (true) {
      int labelStart = j;
      while (j < limit && (isAsciiAlnum(s.charAt(j)) || (s.charAt(j) == '-' && j > labelStart))) {
        j++;
      }
      if (j == labelStart || s.charAt(j - 1) == '-') {
        return -1;
      }
      labels++;
      lastLabelStart = labelStart;
      if (j + 1 < limit && s.charAt(j) == '.' && isAsciiAlnum(s.charAt(j + 1))) {
        if (labels == MAX_BARE_LABELS) {
          return -1;
        }
        j++;
        continue;
      }
      break;
    }
    if (labels < 2 || !isLowerTld(s, lastLabelStart, j)) {
      return -1;
    }
    if (j < n && (CharClass.isWordChar(CharClass.of(s.charAt(j))) || s.charAt(j) == '@' || s.charAt(j) == '-')) {
      return -1;
    }
    if (j + 1 < n && s.charAt(j) == '/' && isUrlChar(s.charAt(j + 1))) {
      return scanUrl(s, i);
    }
    return j;
  }

  /** Most chars an e-mail address can have before its {@code @}. */
  static int maxLocalPart() {
    return MAX_LOCAL_PART;
  }

  /** End of an e-mail address starting at i, or -1. */
  static int matchEmail(String s, int i) {
    int n = s.length();
    int j = i;
    int limit = Math.min(n, i + MAX_LOCAL_PART + 1);
    while (j < limit && isLocalChar(s.charAt(j))) {
      j++;
    }
    if (j == i || j >= n || s.charAt(j) != '@' || s.charAt(i) == '.' || s.charAt(j - 1) == '.') {
      return -1;
    }
    int domainStart = j + 1;
    int domainLimit = Math.min(n, domainStart + MAX_DOMAIN);
    int k = domainStart;
    int labels = 0;
    int lastLabelStart = k;
    while (true) {
      int labelStart = k;
      while (k < domainLimit && (isAsciiAlnum(s.charAt(k)) || (s.charAt(k) == '-' && k > labelStart))) {
        k++;
      }
      if (k == labelStart) {
        return -1;
      }
      labels++;
      lastLabelStart = labelStart;
      if (k + 1 < domainLimit && s.charAt(k) == '.' && isAsciiAlnum(s.charAt(k + 1))) {
        k++;
        continue;
      }
      break;
    }
    if (labels < 2 || k - lastLabelStart < 2) {
      return -1;
    }
    for (int t = lastLabelStart; t < k; t++) {
      if (!isAsciiLetter(s.charAt(t))) {
        return -1;
      }
    }
    return k;
  }

  private static int trimUrlEnd(String s, int start, int end, int open, int close) {
    while (end > start + 1) {
      char c = s.charAt(end - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
        end--;
      } else if (c == ')' && close > open) {
        close--;
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isUrlChar(char c) {
    byte cls = CharClass.of(c);
    return !CharClass.isSpace(cls) && cls != CharClass.DOUBLE_QUOTE && cls != CharClass.SINGLE_QUOTE
        && cls != CharClass.APOSTROPHE && cls != CharClass.FORMAT && cls != CharClass.SURROGATE
        && c != '<' && c != '>' && c != '|' && c != '\u2026';
  }

  private static boolean isLowerTld(String s, int start, int end) {
    if (end - start < 2 || end - start > 12) {
      return false;
    }
    for (int t = start; t < end; t++) {
      char c = s.charAt(t);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return TLDS.contains(s.substring(start, end));
  }

  private static boolean isLocalChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
