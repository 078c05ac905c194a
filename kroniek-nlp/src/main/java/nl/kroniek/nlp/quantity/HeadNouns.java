package nl.kroniek.nlp.quantity;

import static nl.kroniek.nlp.quantity.Vocabulary.FUNCTION_WORDS;
import static nl.kroniek.nlp.quantity.Vocabulary.MODIFIERS;
import static nl.kroniek.nlp.quantity.Vocabulary.MONTHS;
import static nl.kroniek.nlp.quantity.Vocabulary.NOUNS_IN_E;

/**
 * Finds the counted thing after a number: the head noun of the noun phrase that follows, skipping
 * adjectives ({@code 300 voormalige IS-aanhangers} gives {@code IS-aanhangers}).
 *
 * <p>Without a part-of-speech tagger this is a heuristic on word forms. A word is skipped as an adjective
 * when another content word follows it and it is an inflected adjective (ends in {@code -e}: voormalige,
 * Saoedische, buitenlandse) or an intensifier/uninflected modifier (zwaar, extra, gouden). The first word
 * that is neither is the head, unless it is a function word, a verb form, a participle or another number,
 * in which case there is no counted thing. Punctuation and paragraph breaks end the phrase.
 */
final class HeadNouns {

  private static final int MAX_MODIFIERS = 3;
  private static final String[] SEPARABLE_PREFIXES = {"op", "aan", "om", "mee", "vrij", "dood", "over", "uit",
      "af", "in", "weg", "terug", "neer", "vast", "bij", "na", "toe", "door", "binnen"};
  private static final String[] INSEPARABLE_PREFIXES = {"ver", "ont", "be", "her", "ge", "er", "onder", "over",
      "door", "mis", "vol"};

  private HeadNouns() {}

  /**
   * The token index of the counted noun in the phrase starting at token k, or -1.
   *
   * @param plural the number is not one, so the noun is expected in the plural: a word ending in {@code -e}
   *     is then an adjective or a verb, never the head
   */
  static int find(Tokens t, int k, boolean plural) {
    int modifiers = 0;
    while (k < t.size() && modifiers <= MAX_MODIFIERS) {
      if (!isCandidate(t, k)) {
        return -1;
      }
      String w = t.lower(k);
      boolean adjective = looksLikeInflectedAdjective(w);
      if (isCandidate(t, k + 1) && (MODIFIERS.contains(w) || adjective)) {
        modifiers++;
        k++;
        continue;
      }
      // A plural noun does not end in -e; such a word is an adjective or verb (2016 groeide de stad).
      return plural && adjective ? -1 : k;
    }
    return -1;
  }

  private static boolean isCandidate(Tokens t, int k) {
    if (!t.isWord(k) || t.paragraphBreakBefore(k)) {
      return false;
    }
    String w = t.lower(k);
    return w.length() >= 2 && !FUNCTION_WORDS.contains(w) && !MONTHS.contains(w) && !isVerbForm(w)
        && DutchNumbers.parseFolded(w) == null && Double.isNaN(CoreReader.vaguePlural(w))
        && !w.endsWith("lijk");
  }

  static boolean looksLikeInflectedAdjective(String w) {
    return w.length() >= 4 && w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ie") && !w.endsWith("je")
        && !NOUNS_IN_E.contains(w); // -je: diminutives (dochtertje) are nouns
  }

  /** Past participles: gedood, opgepakt, vermoord, ontvoerd. */
  private static boolean isVerbForm(String w) {
    if (w.length() < 6 || !(w.endsWith("d") || w.endsWith("t"))) {
      return false;
    }
    if (w.startsWith("ge")) {
      return true;
    }
    for (String prefix : SEPARABLE_PREFIXES) {
      if (w.startsWith(prefix) && w.startsWith("ge", prefix.length())) {
        return true;
      }
    }
    for (String prefix : INSEPARABLE_PREFIXES) {
      if (w.startsWith(prefix)) {
        return true; // vermoord, ontvoerd, verbreed; costs singular nouns such as "verband"
      }
    }
    return false;
  }
}
