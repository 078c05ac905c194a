package nl.kroniek.nlp.quantity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Parses Dutch numbers: digit strings with Dutch separators and number words.
 *
 * <p>Contract of every {@code parse} method: it returns the value as a finite {@link Double}, or
 * {@code null} when the input is not a number of that form or its value does not fit in a finite double.
 * No method throws on any non-null input; {@code null} input is an argument error.
 *
 * <ul>
 *   <li>{@link #parseDigits}: {@code 3.500} = 3500, {@code 2,5} = 2.5, {@code 1.700.000}, {@code 2.000,50}.
 *       A dot followed by groups of exactly three digits is a thousands separator; a single dot followed by
 *       anything else is read as a decimal point ({@code 3.5} = 3.5, English style); the comma is the decimal
 *       comma ({@code 1,700} = 1.7). Several commas separating three-digit groups with no dot
 *       ({@code 1,700,000}) are read as English thousands separators.
 *   <li>{@link #parseWord}: one word, compounds included: {@code vijftig}, {@code tweehonderdvijftig},
 *       {@code drieëntwintig}, {@code twaalfhonderd}, {@code drieduizend}, {@code honderdduizend},
 *       {@code anderhalf}, {@code tweeënhalf}, {@code half} (0.5), {@code dozijn} (12), the scale words
 *       {@code miljoen}, {@code miljard}, {@code biljoen} (their own value) and {@code één}/{@code een} (1).
 *       Case and diacritics are ignored.
 *   <li>{@link #parse}: a whole expression: a digit string or word followed by scale words, separated by
 *       whitespace ({@code 2,5 miljoen}, {@code drie miljard}, {@code een half}, {@code 1,2 mld}).
 * </ul>
 *
 * <p>Whether {@code een} is a number or the indefinite article is a matter of context and is decided by
 * the extractors, not here.
 */
public final class DutchNumbers {

  /** Longest word we try to read as a number; real compounds stay far below this. */
  private static final int MAX_WORD_LENGTH = 80;
  /** More integer digits than this cannot be a finite double. */
  private static final int MAX_INTEGER_DIGITS = 309;

  private static final Map<String, Integer> BELOW_HUNDRED = belowHundred();
  private static final Map<String, Double> SCALES = Map.of(
      "honderd", 1e2, "duizend", 1e3, "miljoen", 1e6, "mln", 1e6, "miljard", 1e9, "mld", 1e9, "mrd", 1e9,
      "biljoen", 1e12);
  private static final String[] HALVES = {"enhalf", "enhalve"};
  private static final Map<String, Double> SPECIAL_WORDS = Map.of(
      "nul", 0.0, "half", 0.5, "halve", 0.5, "anderhalf", 1.5, "anderhalve", 1.5, "dozijn", 12.0);

  private DutchNumbers() {}

  /**
   * Parses a number expression: a digit string or a number word, optionally followed by scale words
   * ({@code 2,5 miljoen}, {@code drie miljard}, {@code een half}).
   *
   * @return the value, or null when the expression is not a number
   */
  public static Double parse(CharSequence expression) {
    Objects.requireNonNull(expression, "expression");
    String[] parts = expression.toString().trim().split("\\s+");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return null;
    }
    Double value = isDigit(parts[0].charAt(0)) ? parseDigits(parts[0]) : parseWord(parts[0]);
    if (value == null) {
      return null;
    }
    for (int i = 1; i < parts.length; i++) {
      String word = fold(parts[i]);
      // "een half" and "een halve": the article-like een followed by a fraction.
      if (i == 1 && value == 1.0 && (word.equals("half") || word.equals("halve"))) {
        value = 0.5;
        continue;
      }
      Double scale = scaleOf(word);
      if (scale == null) {
        return null;
      }
      value = value * scale;
    }
    return Double.isFinite(value) ? value : null;
  }

  /**
   * Parses digits with Dutch separators (see the class comment).
   *
   * @return the value, or null when the string has other characters, misplaced separators or too many digits
   */
  public static Double parseDigits(CharSequence digits) {
    Objects.requireNonNull(digits, "digits");
    int n = digits.length();
    if (n == 0 || !isDigit(digits.charAt(0)) || !isDigit(digits.charAt(n - 1))) {
      return null;
    }
    int dots = 0;
    int commas = 0;
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(i);
      if (c == '.' || c == ',') {
        if (!isDigit(digits.charAt(i - 1)) || !isDigit(digits.charAt(i + 1))) {
          return null; // two separators in a row
        }
        if (c == '.') {
          dots++;
        } else {
          commas++;
        }
      } else if (!isDigit(c)) {
        return null;
      }
    }
    String s = digits.toString();
    if (commas > 1) {
      return dots == 0 && thousandsGrouped(s, ',') ? toDouble(s.replace(",", ""), "") : null;
    }
    if (commas == 1) {
      int comma = s.indexOf(',');
      String integer = s.substring(0, comma);
      if (integer.indexOf('.') >= 0 && !thousandsGrouped(integer, '.') || s.indexOf('.', comma) >= 0) {
        return null; // 12.34,5 or 2,5.000
      }
      return toDouble(integer.replace(".", ""), s.substring(comma + 1));
    }
    if (dots == 0) {
      return toDouble(s, "");
    }
    if (thousandsGrouped(s, '.')) {
      return toDouble(s.replace(".", ""), "");
    }
    if (dots == 1) {
      int dot = s.indexOf('.');
      return toDouble(s.substring(0, dot), s.substring(dot + 1));
    }
    return null;
  }

  /**
   * Parses one number word (see the class comment). Ordinals ({@code derde}), vague plurals
   * ({@code honderden}) and words with a number inside ({@code tiental}) are not number words.
   *
   * @return the value, or null when the word is not a number word
   */
  public static Double parseWord(CharSequence word) {
    Objects.requireNonNull(word, "word");
    if (word.length() == 0 || word.length() > MAX_WORD_LENGTH) {
      return null;
    }
    return parseFolded(fold(word));
  }

  /** {@link #parseWord} for a word that is already lower case without diacritics. */
  static Double parseFolded(String w) {
    if (w.isEmpty() || w.length() > MAX_WORD_LENGTH) {
      return null;
    }
    Double special = SPECIAL_WORDS.get(w);
    if (special != null) {
      return special;
    }
    Double scale = SCALES.get(w);
    if (scale != null && w.length() > 3) { // "mln" alone is a scale, not a number
      return scale;
    }
    for (String half : HALVES) {
      if (w.endsWith(half) && w.length() > half.length()) {
        int whole = integerWord(w.substring(0, w.length() - half.length()));
        return whole > 0 ? whole + 0.5 : null;
      }
    }
    int value = integerWord(w);
    return value >= 0 ? (double) value : null;
  }

  /**
   * The multiplier of a scale word: {@code honderd} 100, {@code duizend} 1000, {@code miljoen}/{@code mln}
   * 10^6, {@code miljard}/{@code mld}/{@code mrd} 10^9, {@code biljoen} 10^12.
   *
   * @return the multiplier, or null when the word is not a scale word
   */
  public static Double scaleOf(CharSequence word) {
    Objects.requireNonNull(word, "word");
    return word.length() > 8 ? null : SCALES.get(fold(word));
  }

  /**
   * True for Dutch ordinal words: {@code eerste}, {@code tweede}, {@code derde}, {@code achtste},
   * {@code twintigste}, {@code honderdste}, {@code tweeëntwintigste}.
   */
  public static boolean isOrdinalWord(CharSequence word) {
    Objects.requireNonNull(word, "word");
    if (word.length() < 4 || word.length() > MAX_WORD_LENGTH) {
      return false;
    }
    String w = fold(word);
    for (String irregular : new String[] {"eerste", "derde"}) {
      if (w.endsWith(irregular)) { // eerste, derde, honderdeerste, drieëntwintigste is regular
        String prefix = w.substring(0, w.length() - irregular.length());
        return prefix.isEmpty() || integerWord(prefix.endsWith("en") ? prefix.substring(0, prefix.length() - 2)
            : prefix) > 0;
      }
    }
    if (w.endsWith("ste")) { // achtste, twintigste, honderdste, miljoenste
      String stem = w.substring(0, w.length() - 3);
      return integerWord(stem) > 0 || SCALES.containsKey(stem);
    }
    return w.endsWith("de") && integerWord(w.substring(0, w.length() - 2)) > 0; // tweede, vierde, tiende
  }

  /**
   * Lower case with diacritics removed ({@code Één} becomes {@code een}), for table look-ups.
   */
  static String fold(CharSequence s) {
    String lower = s.toString().toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c == '’' ? '\'' : c);
      }
    }
    return out.toString();
  }

  /** An integer written as one word, 0..999,999; -1 when the word is not one. */
  private static int integerWord(String w) {
    if (w.isEmpty()) {
      return -1;
    }
    int thousand = w.indexOf("duizend");
    if (thousand < 0) {
      return belowThousand(w);
    }
    String left = w.substring(0, thousand);
    String right = stripEn(w.substring(thousand + "duizend".length()));
    int multiplier = left.isEmpty() ? 1 : belowThousand(left);
    int rest = right.isEmpty() ? 0 : belowThousand(right);
    return multiplier <= 0 || rest < 0 ? -1 : multiplier * 1000 + rest;
  }

  private static int belowThousand(String w) {
    if (w.isEmpty()) {
      return -1;
    }
    int hundred = w.indexOf("honderd");
    if (hundred < 0) {
      return BELOW_HUNDRED.getOrDefault(w, -1);
    }
    String left = w.substring(0, hundred);
    String right = stripEn(w.substring(hundred + "honderd".length()));
    // twaalfhonderd, negentienhonderd: the multiplier may be any number below a hundred.
    int multiplier = left.isEmpty() ? 1 : BELOW_HUNDRED.getOrDefault(left, -1);
    int rest = right.isEmpty() ? 0 : BELOW_HUNDRED.getOrDefault(right, -1);
    return multiplier <= 0 || rest < 0 ? -1 : multiplier * 100 + rest;
  }

  /** "honderdeneen" and "duizendentwee" have an optional "en"; a bare "en" ("honderden") is not a number. */
  private static String stripEn(String s) {
    if (s.equals("en")) {
      return "\u0000"; // never a number: makes "honderden" and "duizenden" fail
    }
    return s.startsWith("en") && s.length() > 2 ? s.substring(2) : s;
  }

  private static Map<String, Integer> belowHundred() {
    String[] units = {"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"};
    String[] teens = {"tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
        "achttien", "negentien"};
    String[] tens = {"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"};
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < units.length; i++) {
      map.put(units[i], i + 1);
    }
    for (int i = 0; i < teens.length; i++) {
      map.put(teens[i], i + 10);
    }
    for (int t = 0; t < tens.length; t++) {
      map.put(tens[t], (t + 2) * 10);
      for (int u = 0; u < units.length; u++) {
        map.put(units[u] + "en" + tens[t], (t + 2) * 10 + u + 1); // eenentwintig, drieëntwintig (folded)
      }
    }
    return Map.copyOf(map);
  }

  private static boolean thousandsGrouped(String s, char separator) {
    int first = s.indexOf(separator);
    if (first < 1 || first > 3) {
      return false;
    }
    int groupStart = first + 1;
    while (groupStart <= s.length()) {
      int next = s.indexOf(separator, groupStart);
      int groupEnd = next < 0 ? s.length() : next;
      if (groupEnd - groupStart != 3) {
        return false;
      }
      if (next < 0) {
        return true;
      }
      groupStart = next + 1;
    }
    return false;
  }

  private static Double toDouble(String integerDigits, String fractionDigits) {
    int significant = 0;
    boolean leading = true;
    for (int i = 0; i < integerDigits.length(); i++) {
      if (leading && integerDigits.charAt(i) == '0') {
        continue;
      }
      leading = false;
      significant++;
    }
    if (significant > MAX_INTEGER_DIGITS) {
      return null;
    }
    // The fraction only changes the value in its first digits; cut it so parsing stays cheap.
    String fraction = fractionDigits.length() > 40 ? fractionDigits.substring(0, 40) : fractionDigits;
    double value = Double.parseDouble(fraction.isEmpty() ? integerDigits : integerDigits + "." + fraction);
    return Double.isFinite(value) ? value : null;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
