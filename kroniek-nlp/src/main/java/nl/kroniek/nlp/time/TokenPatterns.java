package nl.kroniek.nlp.time;

import static nl.kroniek.nlp.time.TokenStream.NUMBER;
import static nl.kroniek.nlp.time.TokenStream.WORD;

import java.util.function.IntFunction;

/**
 * Small token patterns shared by the rules: counts ({@code vier}, {@code 1,5}, {@code een paar}), years
 * ({@code 2016}, {@code vorig jaar}), and whether a number stands alone or is part of a longer one
 * ({@code 3.500}, {@code 15.00}, {@code A2}).
 */
final class TokenPatterns {

  /** A count before a unit: {@code vier}, {@code 1,5}, {@code anderhalf}; value -1 means vague. */
  record Count(double value, int end) {
    boolean vague() {
      return value < 0;
    }
  }

  /** A year written ({@code 2016}) or counted from the reference ({@code vorig jaar} → -1). */
  record YearRef(int end, int year, int offset, boolean fixed) {}

  /** Years written as bare numbers must lie here (guards against counts such as {@code in 3500 gevallen}). */
  static final int MIN_BARE_YEAR = 1800;
  static final int MAX_BARE_YEAR = 2100;
  /** Years in unmistakable contexts ({@code 15 oktober 1350}, {@code het jaar 1492}). */
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2999;

  static final String JOINERS = ".,:/-";

  private final TokenStream t;

  TokenPatterns(TokenStream tokens) {
    this.t = tokens;
  }

  /** A count before a unit, or null. */
  Count count(int i) {
    byte kind = t.kind(i);
    if (kind == NUMBER) {
      if (t.digits(i) > 4 || !leftFree(i)) {
        return null;
      }
      int n = t.number(i);
      if (t.symbol(i + 1, ',') && t.glued(i + 1) && t.glued(i + 2) && t.kind(i + 2) == NUMBER) {
        // Only halves are read ("1,5 jaar"); other decimals are measures for the quantity extractor.
        return t.number(i + 2) == 5 && t.digits(i + 2) == 1 && rightFree(i + 2) ? new Count(n + 0.5, i + 3) : null;
      }
      return rightFree(i) ? new Count(n, i + 1) : null;
    }
    String w = t.word(i);
    if (w == null) {
      return null;
    }
    if (w.equals("een") || w.equals("één")) {
      String next = t.word(i + 1);
      if ("half".equals(next) || "halve".equals(next)) {
        return new Count(0.5, i + 2);
      }
      if ("paar".equals(next) || "aantal".equals(next)) {
        return new Count(-1, i + 2);
      }
      return new Count(1, i + 1);
    }
    if (TimeWords.VAGUE_COUNTS.contains(w)) {
      return new Count(-1, i + 1);
    }
    if (w.equals("half") || w.equals("halve")) {
      return new Count(0.5, i + 1);
    }
    double v = NumberWords.value(w);
    return v > 0 ? new Count(v, i + 1) : null;
  }

  TimeUnit unitAt(int i) {
    String w = t.word(i);
    return w == null ? null : TimeWords.UNITS.get(w);
  }

  /** A year after a month, season, quarter or holiday: {@code 2016}, {@code vorig jaar}, {@code van 2016}. */
  YearRef yearSuffix(int i) {
    YearRef year = yearRef(i, false);
    if (year == null && t.is(i, "van")) {
      year = yearRef(i + 1, false);
    }
    return year;
  }

  /** {@code 2016}, {@code vorig jaar} (-1), {@code dit jaar} (0), {@code volgend jaar} (+1), {@code het jaar} (0). */
  YearRef yearRef(int i, boolean allowThe) {
    int year = year(i, MIN_YEAR, MAX_YEAR);
    if (year > 0) {
      return amountAfter(i + 1) ? null : new YearRef(i + 1, year, 0, true);
    }
    String w = t.word(i);
    if (w == null || !t.is(i + 1, "jaar")) {
      return null;
    }
    if (TimeWords.PREVIOUS.contains(w)) {
      return new YearRef(i + 2, 0, -1, false);
    }
    if (TimeWords.NEXT.contains(w)) {
      return new YearRef(i + 2, 0, 1, false);
    }
    if (TimeWords.THIS.contains(w) || allowThe && w.equals("het")) {
      return new YearRef(i + 2, 0, 0, false);
    }
    return null;
  }

  /** A four-digit number between min and max, standing alone; or -1. */
  int year(int i, int min, int max) {
    if (t.kind(i) != NUMBER || t.digits(i) != 4 || !leftFree(i) || !rightFree(i)) {
      return -1;
    }
    int n = t.number(i);
    return n >= min && n <= max ? n : -1;
  }

  /** A number not glued to a word or into a longer number on its left ({@code 3.500}, {@code A2}, {@code 06-12}). */
  boolean leftFree(int i) {
    if (!t.glued(i)) {
      return true;
    }
    byte before = t.kind(i - 1);
    if (before == WORD || before == NUMBER) {
      return false;
    }
    char c = t.symbolChar(i - 1);
    return JOINERS.indexOf(c) < 0 || !t.glued(i - 1) || t.kind(i - 2) != NUMBER && t.kind(i - 2) != WORD;
  }

  /** A number not glued to a word or into a longer number on its right ({@code 2.000}, {@code 15.00}, {@code 3e}). */
  boolean rightFree(int i) {
    if (!t.glued(i + 1)) {
      return true;
    }
    byte after = t.kind(i + 1);
    if (after == WORD || after == NUMBER) {
      return false;
    }
    char c = t.symbolChar(i + 1);
    return JOINERS.indexOf(c) < 0 || !t.glued(i + 2) || t.kind(i + 2) != NUMBER && t.kind(i + 2) != WORD;
  }

  /** A word glued by a hyphen or slash to another: {@code oktober-editie}, {@code zomer/wintertijd}. */
  boolean hyphenated(int i) {
    return compoundMark(i + 1) && t.glued(i + 1) && t.glued(i + 2) && t.kind(i + 2) == WORD
        || t.glued(i) && compoundMark(i - 1) && t.glued(i - 1) && t.kind(i - 2) == WORD
        && !TimeWords.MODIFIERS.containsKey(t.word(i - 2));
  }

  private boolean compoundMark(int i) {
    return t.symbol(i, '-') || t.symbol(i, '/');
  }

  boolean amountAfter(int i) {
    String w = t.word(i);
    if (w != null) {
      return TimeWords.NOT_AFTER_YEAR.contains(w);
    }
    char c = t.symbolChar(i);
    return c == '%' || c == '€' || c == '$';
  }

  /** "een jaar of dertig" is about thirty years: the count after "of" is the real one. */
  boolean approximateCount(int unitToken) {
    return t.is(unitToken + 1, "of") && count(unitToken + 2) != null;
  }

  /** The meaning of something that recurs yearly, given its year (written, relative, or absent). */
  static Meaning inYear(IntFunction<CalendarPeriod> inYear, Granularity granularity, YearRef year) {
    if (year == null) {
      return new Meaning.YearLess(inYear, granularity);
    }
    if (year.fixed()) {
      CalendarPeriod p = inYear.apply(year.year());
      return p == null ? null : Meaning.Fixed.of(p);
    }
    int offset = year.offset();
    return new Meaning.Relative(a -> inYear.apply(a.getYear() + offset), granularity);
  }

  static int weekShift(String w) {
    if (w == null) {
      return Integer.MIN_VALUE;
    }
    if (TimeWords.PREVIOUS.contains(w)) {
      return -1;
    }
    if (TimeWords.NEXT.contains(w)) {
      return 1;
    }
    return TimeWords.THIS.contains(w) ? 0 : Integer.MIN_VALUE;
  }

  static boolean ordinalSuffix(String w) {
    return "e".equals(w) || "ste".equals(w) || "de".equals(w);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´';
  }
}
