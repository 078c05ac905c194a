package nl.kroniek.nlp.quantity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Links an amount to the amount right before it when the text between them says it is the same money in
 * another currency: {@code 2.000 dollar (omgerekend 1.700 euro)}, {@code 300 pond, ofwel 340 euro},
 * {@code 1.700 euro (2.000 dollar)}. Hedges such as {@code zo'n} or {@code ruim} are part of the second
 * amount's span already, so only the cue words are left between the two.
 */
final class ConversionLinker {

  private static final int MAX_GAP = 40;
  private static final Set<String> CUES = Set.of("omgerekend", "omgerekend naar", "omgerekend in", "ofwel",
      "oftewel", "dat is", "dat is omgerekend", "omgerekend is dat", "of", "wat neerkomt op", "is");
  private static final String PUNCTUATION = "([,:;–—-/=≈~";
  private static final String OPENERS = "(/=≈[";

  private ConversionLinker() {}

  /** For each amount, the index of the amount it converts, or -1. */
  static int[] link(String text, List<Amount> amounts) {
    int[] equivalentOf = new int[amounts.size()];
    Arrays.fill(equivalentOf, -1);
    for (int k = 1; k < amounts.size(); k++) {
      Amount previous = amounts.get(k - 1);
      Amount current = amounts.get(k);
      int gapLength = current.start() - previous.end();
      if (gapLength >= 0 && gapLength <= MAX_GAP && !current.currency().equals(previous.currency())
          && isConversionGap(text.substring(previous.end(), current.start()))) {
        equivalentOf[k] = k - 1;
      }
    }
    return equivalentOf;
  }

  /**
   * The gap qualifies when the words after its last punctuation mark are a cue ({@code omgerekend},
   * {@code ofwel}), or there are none and the gap opens a parenthesis or similar; at most one word (a verb
   * particle, as in {@code 4 miljard dollar uit, ofwel 3,6 miljard euro}) may stand before that mark.
   */
  private static boolean isConversionGap(String gap) {
    StringBuilder before = new StringBuilder();
    StringBuilder words = new StringBuilder();
    boolean opener = false;
    boolean punctuation = false;
    int i = 0;
    while (i < gap.length()) {
      char c = gap.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < gap.length() && (Character.isLetter(gap.charAt(j)) || gap.charAt(j) == '\'')) {
          j++;
        }
        if (!words.isEmpty()) {
          words.append(' ');
        }
        words.append(gap, i, j);
        i = j;
        continue;
      }
      if (PUNCTUATION.indexOf(c) >= 0) {
        opener |= OPENERS.indexOf(c) >= 0;
        punctuation = true;
        if (!words.isEmpty()) {
          if (!before.isEmpty()) {
            return false;
          }
          before.append(words);
          words.setLength(0);
        }
      } else if (!Tokens.isSpace(c)) {
        return false;
      }
      i++;
    }
    if (!before.isEmpty() && (before.indexOf(" ") >= 0 || !punctuation)) {
      return false;
    }
    String cue = DutchNumbers.fold(words);
    return cue.isEmpty() ? opener : CUES.contains(cue);
  }
}
