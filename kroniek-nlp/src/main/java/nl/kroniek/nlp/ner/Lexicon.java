package nl.kroniek.nlp.ner;

import java.util.List;
import nl.kroniek.lexicon.FirstNames;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.lexicon.WordList;

/**
 * What the bundled word lists say about a word, as features for the recogniser: is it a known Dutch word
 * in lower case (then a capital is likely sentence-initial, {@code Maar}, {@code Toch}), a name the
 * OpenTaal list only knows capitalised, a first name, a family name, or (part of) a place name.
 */
final class Lexicon {

  static final int KNOWN_LOWER = 1;
  static final int PROPER = 1 << 1;
  static final int FIRST_NAME = 1 << 2;
  static final int COMMON_FIRST_NAME = 1 << 3;
  static final int FAMILY_NAME = 1 << 4;

  static final byte GAZ_NONE = 0;
  static final byte GAZ_CONTINENT = 1;
  static final byte GAZ_COUNTRY = 2;
  static final byte GAZ_REGION = 3;
  static final byte GAZ_BIG_CITY = 4;
  static final byte GAZ_CITY = 5;
  static final byte GAZ_INSIDE = (byte) 0x40;

  /** Longest place name, in words, looked up in the gazetteer ({@code Bosnië en Herzegovina}). */
  private static final int MAX_PLACE_WORDS = 3;

  private final WordList words;
  private final WordList familyNames;
  private final FirstNames firstNames;
  private final Gazetteer gazetteer;

  Lexicon(WordList words, WordList familyNames, FirstNames firstNames, Gazetteer gazetteer) {
    this.words = words;
    this.familyNames = familyNames;
    this.firstNames = firstNames;
    this.gazetteer = gazetteer;
  }

  static Lexicon bundled() {
    return new Lexicon(WordList.openTaal(), WordList.dutchFamilyNames(), FirstNames.get(), Gazetteer.get());
  }

  int bits(String word, String lower) {
    if (!NerDocument.hasLetterOrDigit(word)) {
      return 0;
    }
    int b = 0;
    if (words.isKnownLowercaseWord(lower)) {
      b |= KNOWN_LOWER;
    }
    if (words.isCapitalisedOnly(lower)) {
      b |= PROPER;
    }
    long f = firstNames.frequency(lower);
    if (f > 0) {
      b |= FIRST_NAME;
      if (f >= 10_000) {
        b |= COMMON_FIRST_NAME;
      }
    }
    if (familyNames.contains(lower)) {
      b |= FAMILY_NAME;
    }
    return b;
  }

  /**
   * Marks the longest place names in a sentence: the code of the kind of place on the first word, the same
   * code with {@link #GAZ_INSIDE} on the following words. Only names that start with a capital count.
   */
  byte[] gazetteerTags(String[] sentence) {
    byte[] tags = new byte[sentence.length];
    int i = 0;
    while (i < sentence.length) {
      int matched = 0;
      byte kind = GAZ_NONE;
      if (startsUpper(sentence[i])) {
        StringBuilder name = new StringBuilder();
        for (int n = 1; n <= MAX_PLACE_WORDS && i + n <= sentence.length; n++) {
          if (n > 1) {
            name.append(' ');
          }
          name.append(sentence[i + n - 1]);
          List<Gazetteer.Entry> hits = gazetteer.lookup(name.toString());
          if (!hits.isEmpty() && startsUpper(sentence[i + n - 1]) || !hits.isEmpty() && n == 1) {
            matched = n;
            kind = kind(hits.get(0));
          }
        }
      }
      if (matched > 0) {
        tags[i] = kind;
        for (int k = 1; k < matched; k++) {
          tags[i + k] = (byte) (kind | GAZ_INSIDE);
        }
        i += matched;
      } else {
        i++;
      }
    }
    return tags;
  }

  private static byte kind(Gazetteer.Entry e) {
    return switch (e.kind()) {
      case CONTINENT -> GAZ_CONTINENT;
      case COUNTRY -> GAZ_COUNTRY;
      case REGION -> GAZ_REGION;
      case CAPITAL -> GAZ_BIG_CITY;
      default -> e.population() >= 100_000 ? GAZ_BIG_CITY : GAZ_CITY;
    };
  }

  private static boolean startsUpper(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
