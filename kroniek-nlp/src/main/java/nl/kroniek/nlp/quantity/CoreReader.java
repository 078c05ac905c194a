package nl.kroniek.nlp.quantity;

import static nl.kroniek.nlp.quantity.Vocabulary.ABBREVIATED_IDENTIFIERS;
import static nl.kroniek.nlp.quantity.Vocabulary.CURRENCY_AFTER;
import static nl.kroniek.nlp.quantity.Vocabulary.IDENTIFIER_NOUNS;
import static nl.kroniek.nlp.quantity.Vocabulary.UNITS;
import static nl.kroniek.nlp.quantity.Vocabulary.VAGUE_PREFIXES;

import java.util.Set;

/**
 * Reads the bare number at a token: a digit string or number word with its scale words
 * ({@code 2,5 miljoen}), a vague magnitude ({@code tientallen}, {@code enkele honderden}) or {@code een} in a
 * number context ({@code een half}, {@code een miljoen}, {@code een tiental}). It also decides from the
 * touching characters and the word before whether a digit string is no quantity at all (a name such as
 * {@code MH17}, {@code artikel 3}, a phone number, a time, a date written with dashes, an ordinal such as
 * {@code 1e}); such a number is reported as {@link Core#rejected()} so that the caller skips it whole.
 */
final class CoreReader {

  /**
   * A number read at a token.
   *
   * @param next index of the first token after the number (and its scale words)
   * @param value the value, scale words applied
   * @param scale the product of the scale words ({@code miljoen}: 10^6), 1 without
   * @param vague a vague magnitude ({@code honderden}); value is its lower bound
   * @param approx hedge implied by the number itself ({@code een tiental}: about), or null
   * @param yearLike four plain digits in 1000..2100, which may be a year
   * @param clockLike {@code 15.30}: hours and minutes
   * @param ageWord an age adjective written as one word ({@code vijfjarige})
   * @param minus a minus sign touches the digits
   * @param rejected not a quantity; {@code next} is where scanning continues
   */
  record Core(int next, double value, double scale, boolean vague, String approx, boolean yearLike,
      boolean clockLike, boolean ageWord, boolean minus, boolean rejected) {

    double unscaled() {
      return value / scale;
    }
  }

  private static final String[] AGE_SUFFIXES = {"jarigen", "jarige", "jarig"};
  private static final int MAX_NUMBER_LENGTH = 40;
  private static final int MAX_PLAIN_DIGITS = 15;
  private static final Set<String> STANDALONE_EXCLUDED = Set.of("half", "halve", "dozijn", "miljoen",
      "miljard", "biljoen", "een");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("het", "hem", "haar", "dat", "zich", "ze", "hen",
      "mij", "me", "u", "dit", "deze", "die", "ons", "jullie", "de", "een");

  private final Tokens t;

  CoreReader(Tokens tokens) {
    this.t = tokens;
  }

  /**
   * Reads the number at token p.
   *
   * @param start first token of the whole expression (a hedge before the number), whose left neighbour
   *     decides identifier contexts such as {@code artikel 3}
   * @param rangeEnd the number ends a range ({@code 10-15}), so a dash touching it on the left is the range's
   * @return the number, a rejected core, or null when there is no number at p
   */
  Core read(int p, int start, boolean rangeEnd) {
    if (p >= t.size()) {
      return null;
    }
    if (t.isNumber(p)) {
      return digits(p, start, rangeEnd);
    }
    if (t.isWord(p)) {
      return word(p, start);
    }
    return null;
  }

  /** True when token k is a digit string or a number word. */
  boolean isNumberAt(int k) {
    return t.isNumber(k) || t.isWord(k) && DutchNumbers.parseFolded(t.lower(k)) != null;
  }

  private Core digits(int p, int start, boolean rangeEnd) {
    if (t.length(p) > MAX_NUMBER_LENGTH) {
      return rejected(p + 1); // garbage or an identifier; nobody writes a quantity this long
    }
    boolean minus = false;
    int prev = p - 1;
    if (prev >= 0 && t.touchesNext(prev)) {
      if (t.isWord(prev) || t.isNumber(prev)) {
        return rejected(p + 1); // MH17, G20
      }
      if (t.isSymbolIn(prev, "-\u2011")) {
        boolean joinsLeft = prev > 0 && t.touchesNext(prev - 1);
        if (joinsLeft && (t.isWord(prev - 1) || t.isNumber(prev - 1) && !rangeEnd)) {
          return rejected(p + 1); // F-16, COVID-19, the tail of a date
        }
        minus = !joinsLeft;
      } else if (t.isSymbolIn(prev, "+")) {
        return rejected(skipPhoneNumber(p));
      } else if (t.isSymbolIn(prev, "/:'’#._@&=*^,\\|")) {
        return rejected(p + 1); // '70, 24/7, #3, v.2
      }
    }
    String raw = t.raw(p);
    boolean separators = raw.indexOf('.') >= 0 || raw.indexOf(',') >= 0;
    if (!separators && raw.length() >= 2 && raw.charAt(0) == '0') {
      return rejected(skipPhoneNumber(p)); // 020 123 45 67, 06-12345678
    }
    if (!separators && raw.length() > MAX_PLAIN_DIGITS) {
      return rejected(p + 1); // account numbers, codes
    }
    int next = p + 1;
    if (raw.length() == 4 && !separators && t.isWord(next) && t.length(next) == 2
        && Character.isUpperCase(t.firstChar(next)) && Character.isUpperCase(t.raw(next).charAt(1))) {
      return rejected(next + 1); // postcode 1234 AB
    }
    if (t.touchesNext(p)) {
      if (t.isSymbolIn(next, ":/") && t.touchesNext(next) && t.isNumber(next + 1)) {
        return rejected(next + 2); // 15:30, 3:1, 15/10
      }
      if (t.isSymbolIn(next, "-\u2011\u2013") && t.touchesNext(next) && t.isNumber(next + 1)
          && t.touchesNext(next + 1) && t.isSymbolIn(next + 2, "-\u2011\u2013/")) {
        return rejected(skipDashedChain(p)); // 15-10-2017
      }
      if (t.isWord(next) && !isUnitLike(next)) {
        return rejected(next + 1); // 1e, 2de, 21ste, 3D, 5G
      }
      if (t.isSymbolIn(next, "-\u2011") && t.touchesNext(next) && t.isWord(next + 1)
          && !t.lower(next + 1).startsWith("jarig")) {
        return rejected(next + 2); // 30-kilometerzones, 3-sterrenhotel: part of a compound word
      }
      if (t.isSymbolIn(next, ".)") && (p == 0 || t.lineBreakBefore(p) || t.isSymbolIn(p - 1, ".!?:"))) {
        return rejected(next + 1); // "1." or "1)" numbering a list item
      }
    }
    Double value = DutchNumbers.parseDigits(raw);
    // The name rule looks only at a word right before the digits: in "het Rijk € 750.000" the sign intervenes.
    if (value == null || !rangeEnd && (isIdentifierContext(start) || start == p && isNameBefore(p))) {
      return rejected(p + 1);
    }
    boolean yearLike = !separators && raw.length() == 4 && value >= 1000 && value <= 2100;
    return withScales(p + 1, value, null, yearLike, isClockLike(raw), minus);
  }

  private Core word(int p, int start) {
    String w = t.lower(p);
    PhraseTable.Match<Boolean> vaguePrefix = VAGUE_PREFIXES.match(t, p);
    if (vaguePrefix != null) {
      double magnitude = magnitudeAt(vaguePrefix.next());
      if (!Double.isNaN(magnitude)) {
        return vague(vaguePrefix.next() + 1, magnitude); // enkele honderden, een paar duizend
      }
    }
    if (w.equals("een")) {
      return een(p, start);
    }
    double vague = vaguePlural(w);
    if (!Double.isNaN(vague)) {
      return vague(p + 1, vague);
    }
    Double tal = talWord(w);
    if (tal != null) {
      return withScales(p + 1, tal, Approx.ABOUT, false, false, false); // tiental, honderdtal
    }
    Double age = ageWord(w);
    if (age != null) {
      return new Core(p + 1, age, 1, false, null, false, false, true, false, false); // vijfjarige
    }
    Double value = DutchNumbers.parseFolded(w);
    if (value == null || STANDALONE_EXCLUDED.contains(w)) {
      return null;
    }
    return numberWord(p, start, value);
  }

  private Core numberWord(int p, int start, double value) {
    if (t.isWord(p + 1) && DutchNumbers.isOrdinalWord(t.lower(p + 1))) {
      return rejected(p + 2); // twee derde: a fraction, not a count
    }
    if (t.lower(p).equals("acht") && (t.isWord(p - 1, "in")
        || t.isWord(p + 1) && OBJECT_PRONOUNS.contains(t.lower(p + 1)))) {
      return rejected(p + 1); // in acht nemen; ik acht het
    }
    if (isIdentifierContext(start)) {
      return rejected(p + 1);
    }
    if (isSpokenClockTime(p)) {
      return rejected(p + 1); // tien over vijf, half zes, kwart voor drie
    }
    return withScales(p + 1, value, null, false, false, false);
  }

  private boolean isSpokenClockTime(int p) {
    if (t.isWord(p - 1, "half") && !t.isWord(p - 2, "een") || t.isWord(p - 1, "over") || t.isWord(p - 1, "voor")
        && t.isWord(p - 2) && DutchNumbers.parseFolded(t.lower(p - 2)) != null) {
      return true;
    }
    int k = p + 1;
    if (!(t.isWord(k, "over") || t.isWord(k, "voor"))) {
      return false;
    }
    return t.isWord(k + 1, "half") || t.isWord(k + 1) && DutchNumbers.parseFolded(t.lower(k + 1)) != null;
  }

  /** {@code een} is a number only before a scale, a fraction, dozijn, a -tal word or {@code op de N}. */
  private Core een(int p, int start) {
    String raw = t.raw(p);
    if (!raw.equalsIgnoreCase("een")) {
      return numberWord(p, start, 1); // één, Eén: written as a number
    }
    int k = p + 1;
    if (!t.isWord(k) || t.paragraphBreakBefore(k)) {
      return null;
    }
    String next = t.lower(k);
    if (next.equals("half") || next.equals("halve")) {
      return withScales(k + 1, 0.5, null, false, false, false);
    }
    if (next.equals("dozijn")) {
      return withScales(k + 1, 12, null, false, false, false);
    }
    if (DutchNumbers.scaleOf(next) != null && next.length() > 3) {
      return withScales(k, 1, null, false, false, false); // een miljoen, een miljard
    }
    Double tal = talWord(next);
    if (tal != null) {
      return withScales(k + 1, tal, Approx.ABOUT, false, false, false); // een tiental
    }
    if (next.equals("op") && (t.isWord(k + 1, "de") || t.isWord(k + 1, "het")) && isNumberAt(k + 2)) {
      return new Core(k, 1, 1, false, null, false, false, false, false, false); // een op de vijf
    }
    return null;
  }

  private Core withScales(int k, double value, String approx, boolean yearLike, boolean clockLike,
      boolean minus) {
    double scale = 1;
    while (t.isWord(k) && !t.paragraphBreakBefore(k) && t.length(k) <= 8) {
      Double s = DutchNumbers.scaleOf(t.lower(k));
      if (s == null) {
        break;
      }
      scale *= s;
      k++;
    }
    double scaled = value * scale;
    if (!Double.isFinite(scaled)) {
      return rejected(k);
    }
    return new Core(k, scaled, scale, false, approx, yearLike && scale == 1, clockLike && scale == 1, false,
        minus, false);
  }

  /** A vague magnitude, multiplied by the scale words and vague plurals after it (tientallen miljoenen). */
  private Core vague(int k, double magnitude) {
    double value = magnitude;
    while (t.isWord(k) && !t.paragraphBreakBefore(k)) {
      double m = magnitudeAt(k);
      if (Double.isNaN(m)) {
        break;
      }
      value *= m;
      k++;
    }
    return new Core(k, value, 1, true, Approx.VAGUE, false, false, false, false, false);
  }

  /** The magnitude of a scale word ({@code honderd}) or vague plural ({@code honderden}) at k, or NaN. */
  private double magnitudeAt(int k) {
    if (!t.isWord(k) || t.paragraphBreakBefore(k)) {
      return Double.NaN;
    }
    String w = t.lower(k);
    if (w.length() > 3) {
      Double scale = DutchNumbers.scaleOf(w);
      if (scale != null) {
        return scale;
      }
    }
    return vaguePlural(w);
  }

  /** tientallen 10, honderden 100, duizenden 1000, tienduizenden, honderdduizenden, miljoenen, miljarden. */
  static double vaguePlural(String w) {
    if (w.equals("tientallen")) {
      return 10;
    }
    if (w.length() < 8 || w.length() > 20 || !w.endsWith("en")) {
      return Double.NaN;
    }
    Double stem = DutchNumbers.parseFolded(w.substring(0, w.length() - 2));
    if (stem == null || stem < 100) {
      return Double.NaN;
    }
    double log = Math.log10(stem);
    return Math.abs(log - Math.rint(log)) < 1e-9 ? stem : Double.NaN;
  }

  /** tiental 10, twintigtal 20, honderdtal 100: about that many. */
  private static Double talWord(String w) {
    if (w.length() < 7 || !w.endsWith("tal")) {
      return null;
    }
    Double stem = DutchNumbers.parseFolded(w.substring(0, w.length() - 3));
    return stem != null && stem >= 10 ? stem : null;
  }

  /** vijfjarige, achttienjarig, twintigjarigen: the age, or null. */
  private static Double ageWord(String w) {
    if (w.length() < 8 || w.indexOf("jarig") < 0) {
      return null;
    }
    for (String suffix : AGE_SUFFIXES) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 1) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (stem.endsWith("-")) {
          stem = stem.substring(0, stem.length() - 1);
        }
        Double age = DutchNumbers.parseFolded(stem);
        return age != null && age >= 1 && age <= 150 && age == Math.rint(age) ? age : null;
      }
    }
    return null;
  }

  private boolean isUnitLike(int k) {
    String w = t.lower(k);
    return UNITS.contains(t, k) || CURRENCY_AFTER.contains(t, k) || DutchNumbers.scaleOf(w) != null
        || w.startsWith("jarig");
  }

  /** artikel 3, nr. 5, groep 7, de jaren 70. */
  private boolean isIdentifierContext(int start) {
    int b = start - 1;
    if (b < 0) {
      return false;
    }
    if (t.isSymbol(b, '.') && t.isWord(b - 1) && ABBREVIATED_IDENTIFIERS.contains(t.lower(b - 1))) {
      return true;
    }
    return t.isWord(b) && (IDENTIFIER_NOUNS.contains(t.lower(b)) || t.lower(b).endsWith("-jaren"));
  }

  /** Boeing 737, Windows 10, Kerkstraat 12: a capitalised word that does not start a sentence. */
  private boolean isNameBefore(int start) {
    int b = start - 1;
    if (!t.isCapitalized(b) || t.touchesNext(b)) {
      return false;
    }
    return !(b == 0 || t.lineBreakBefore(b) || t.isSymbolIn(b - 1, ".!?:;\"'“”„«»‘’()[]—–-•*"));
  }

  private int skipPhoneNumber(int p) {
    int k = p + 1;
    while (k < t.size() && k - p < 12 && !t.lineBreakBefore(k)
        && (t.isNumber(k) && t.length(k) <= 10 || t.isSymbolIn(k, "-/()"))) {
      k++;
    }
    return k;
  }

  private int skipDashedChain(int p) {
    int k = p;
    while (t.touchesNext(k) && t.isSymbolIn(k + 1, "-\u2011\u2013/") && t.touchesNext(k + 1)
        && t.isNumber(k + 2)) {
      k += 2;
    }
    return k + 1;
  }

  /** 15.30, 9.05: hours up to 24 and minutes, the way Dutch writes clock times. */
  private static boolean isClockLike(String raw) {
    int dot = raw.indexOf('.');
    if (dot < 1 || dot > 2 || raw.length() != dot + 3 || raw.indexOf(',') >= 0) {
      return false;
    }
    int hours = Integer.parseInt(raw.substring(0, dot));
    int minutes = Integer.parseInt(raw.substring(dot + 1));
    return hours <= 24 && minutes <= 59;
  }

  private static Core rejected(int next) {
    return new Core(next, 0, 1, false, null, false, false, false, false, true);
  }
}
