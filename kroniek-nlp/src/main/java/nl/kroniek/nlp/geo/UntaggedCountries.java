package nl.kroniek.nlp.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.lexicon.Gazetteer.Entry;

/**
 * Finds Dutch country and continent names the recogniser missed ({@code Turkije}, {@code Verenigde Staten},
 * {@code Zuid-Turkije}, {@code Midden-Oosten}). Nothing else is taken without the recogniser's word: town
 * names are too often common words ({@code Best}, {@code Born}), surnames or parts of longer names.
 *
 * <p>A name counts only when it stands on its own: no capitalised word right before it (other than a
 * sentence start) or right after it ({@code Radio Nederland}, {@code Europa League}), not all capitals
 * ({@code VK} is also de Volkskrant), and not one of the country names that are also the plural of a
 * demonym ({@code Polen}, {@code Zweden}: Poles, Swedes).
 */
final class UntaggedCountries {

  private static final int MAX_WORDS = 5;
  private static final Set<String> ALSO_PEOPLE = Set.of("polen", "zweden");

  private final Gazetteer gazetteer;

  UntaggedCountries(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Country and continent names in {@code text} outside the {@code taken} spans, in text order. */
  List<Mention> find(String text, List<Mention> taken) {
    List<int[]> words = words(text);
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int start = words.get(i)[0];
      if (!Character.isUpperCase(text.charAt(start))) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
        int end = words.get(i + n - 1)[1];
        if (!singleSpaced(text, words, i, n) || overlapsAny(taken, start, end)) {
          continue;
        }
        String name = text.substring(start, end);
        if (countryOrContinent(name) != null && standsAlone(text, name, start, end)) {
          found.add(new Mention(start, end, Mention.Evidence.UNTAGGED_COUNTRY));
          i += n - 1;
          break;
        }
      }
    }
    return found;
  }

  /** The country or continent this name (or its part: {@code Noord-Syrië}) is a Dutch name of, or null. */
  Entry countryOrContinent(String name) {
    for (NameForms.Form form : NameForms.of(name)) {
      if (form.variant() == NameForms.Variant.DISTRICT_OF) {
        continue;
      }
      Entry e = gazetteer.dutchCountryOrContinent(form.key());
      if (e != null && !ALSO_PEOPLE.contains(form.key())) {
        return e;
      }
    }
    return null;
  }

  private static boolean standsAlone(String text, String name, int start, int end) {
    return !isAllCapitals(name) && !TextPosition.capitalisedWordBefore(text, start)
        && !TextPosition.capitalisedWordAfter(text, end);
  }

  private static boolean isAllCapitals(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean singleSpaced(String text, List<int[]> words, int first, int n) {
    for (int k = first; k < first + n - 1; k++) {
      int gapStart = words.get(k)[1];
      int gapEnd = words.get(k + 1)[0];
      if (gapEnd - gapStart != 1 || text.charAt(gapStart) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean overlapsAny(List<Mention> taken, int start, int end) {
    for (Mention m : taken) {
      if (m.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  /** Words: letters and digits, with hyphens and apostrophes inside ({@code Saoedi-Arabië}, {@code China's}). */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i))
          == Character.NON_SPACING_MARK || isJoiner(text.charAt(i)) && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
      }
      words.add(new int[] {start, i});
    }
    return words;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '‐' || NameForms.isApostrophe(c);
  }
}
