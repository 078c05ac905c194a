package nl.kroniek.nlp.time;

import java.util.Map;

/**
 * Dutch cardinal number words up to 100, including written compounds ({@code vijfentwintig},
 * {@code tweeëntwintig}) and halves ({@code anderhalf}, {@code tweeënhalf}).
 */
final class NumberWords {

  private static final Map<String, Integer> UNITS = TimeWords.nullSafe(Map.ofEntries(
      Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2), Map.entry("drie", 3),
      Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
      Map.entry("acht", 8), Map.entry("negen", 9)));

  private static final Map<String, Integer> SIMPLE = TimeWords.nullSafe(Map.ofEntries(
      Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12), Map.entry("dertien", 13),
      Map.entry("veertien", 14), Map.entry("vijftien", 15), Map.entry("zestien", 16),
      Map.entry("zeventien", 17), Map.entry("achttien", 18), Map.entry("negentien", 19),
      Map.entry("honderd", 100), Map.entry("duizend", 1000)));

  private static final Map<String, Integer> TENS = TimeWords.nullSafe(Map.ofEntries(
      Map.entry("twintig", 20), Map.entry("dertig", 30), Map.entry("veertig", 40), Map.entry("vijftig", 50),
      Map.entry("zestig", 60), Map.entry("zeventig", 70), Map.entry("tachtig", 80), Map.entry("negentig", 90)));

  private NumberWords() {}

  /** The decade digit of a tens word ({@code negentig} → 9), or -1. */
  static int tens(String word) {
    Integer t = word == null ? null : TENS.get(word);
    return t == null ? -1 : t / 10;
  }

  /**
   * Value of a lower-case number word, or -1: {@code vier} → 4, {@code eenentwintig} → 21,
   * {@code anderhalf} → 1.5, {@code drieënhalf} → 3.5.
   */
  static double value(String word) {
    if (word == null || word.length() < 3) {
      return -1;
    }
    Integer v = UNITS.get(word);
    if (v == null) {
      v = SIMPLE.get(word);
    }
    if (v == null) {
      v = TENS.get(word);
    }
    if (v != null) {
      return v;
    }
    if (!(word.endsWith("ig") || word.endsWith("half") || word.endsWith("halve"))) {
      return -1; // every compound below ends so; keeps the common case to three lookups
    }
    if (word.equals("anderhalf") || word.equals("anderhalve")) {
      return 1.5;
    }
    if (word.endsWith("half") || word.endsWith("halve")) {
      int stem = word.length() - (word.endsWith("half") ? 4 : 5);
      int whole = beforeEn(word, stem);
      return whole > 0 ? whole + 0.5 : -1;
    }
    for (Map.Entry<String, Integer> tens : TENS.entrySet()) {
      if (word.endsWith(tens.getKey())) {
        int unit = beforeEn(word, word.length() - tens.getKey().length());
        return unit > 0 && unit < 10 ? unit + tens.getValue() : -1;
      }
    }
    return -1;
  }

  /** The number written before a joining {@code en}/{@code ën} that ends at {@code stem}, or -1. */
  private static int beforeEn(String word, int stem) {
    if (stem < 3 || !(word.startsWith("en", stem - 2) || word.startsWith("ën", stem - 2))) {
      return -1;
    }
    String head = word.substring(0, stem - 2);
    Integer unit = UNITS.get(head);
    if (unit == null) {
      unit = SIMPLE.get(head);
    }
    return unit == null || unit >= 100 ? -1 : unit;
  }
}
