package nl.kroniek.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the shorter forms a Dutch word may be built from by stripping one inflectional or derivational
 * ending and undoing the spelling changes it caused: {@code stoppen → stop} (doubled consonant),
 * {@code straten → straat} (open syllable), {@code brieven → brief}, {@code huizen → huis},
 * {@code smokkelaars → smokkelaar, smokkel}. The guesses are unchecked; the caller keeps those that are words.
 *
 * <p>The decompounder uses them to test a split against the word's base: a boundary that does not also split
 * the base ({@code stop|pen} against {@code stop}, {@code gesp|rekken} against {@code gesprek}) cuts through an
 * ending rather than between two words.
 */
final class LemmaGuesser {

  /** Endings, inflectional first; each is tried independently. */
  private static final String[] ENDINGS = {
    "en", "n", "s", "e", "er", "ers", "ere", "st", "ste", "t", "te", "ten", "de", "den", "d",
    "ing", "ingen", "end", "ende", "enden", "aar", "aars", "ster", "sters", "heid", "heden",
    "tje", "tjes", "je", "jes", "pje", "pjes", "etje", "etjes", "lijk", "lijke", "ig", "ige",
    "baar", "bare", "isch", "ische", "isme", "ist", "isten"
  };

  /** Guesses shorter than this are too short to be a meaningful base. */
  static final int MIN_BASE_LENGTH = 4;

  private LemmaGuesser() {}

  /** Candidate bases of a lower-case word, possibly with duplicates, never the word itself. */
  static List<String> candidates(String word) {
    List<String> out = new ArrayList<>();
    for (String ending : ENDINGS) {
      int stemLength = word.length() - ending.length();
      if (stemLength >= MIN_BASE_LENGTH && word.endsWith(ending)) {
        addSpellingVariants(out, word.substring(0, stemLength), isVowel(ending.charAt(0)));
      }
    }
    return out;
  }

  private static void addSpellingVariants(List<String> out, String stem, boolean beforeVowel) {
    out.add(stem);
    if (!beforeVowel) {
      return;
    }
    int n = stem.length();
    char last = stem.charAt(n - 1);
    char secondLast = stem.charAt(n - 2);
    // Before an ending that starts with a vowel Dutch doubles a final consonant after a short vowel...
    if (last == secondLast && !isVowel(last)) {
      out.add(stem.substring(0, n - 1));
    }
    // ...and writes a long vowel single in an open syllable: straten <- straat, besturen <- bestuur.
    if (!isVowel(last) && isVowel(secondLast) && !isVowel(stem.charAt(n - 3)) && secondLast != 'i') {
      out.add(stem.substring(0, n - 1) + secondLast + last);
    }
    // Voiced fricatives become voiceless at the end of a word: brieven <- brief, huizen <- huis.
    if (last == 'v') {
      out.add(stem.substring(0, n - 1) + 'f');
    } else if (last == 'z') {
      out.add(stem.substring(0, n - 1) + 's');
    }
  }

  static boolean isVowel(char c) {
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u', 'y', 'é', 'è', 'ë', 'ï', 'ö', 'ü', 'á', 'ó', 'ú', 'ê' -> true;
      default -> false;
    };
  }
}
