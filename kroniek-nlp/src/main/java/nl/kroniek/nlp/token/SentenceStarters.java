package nl.kroniek.nlp.token;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Dutch function words that often open a sentence and are never surnames. After an ambiguous period (the
 * initial in {@code Michael P. Hij erkende}) only such a word shows that a new sentence began; a surname
 * ({@code George W. Bush}) does not.
 */
final class SentenceStarters {

  private static final Set<String> WORDS = Set.copyOf(Arrays.asList(
      "de", "het", "een", "hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "u", "men", "die", "dat", "dit",
      "deze", "er", "daar", "hier", "toen", "nu", "dan", "ook", "maar", "en", "of", "want", "als", "omdat",
      "toch", "zo", "in", "op", "bij", "met", "na", "voor", "volgens", "sinds", "tijdens", "wanneer", "waar",
      "wat", "wie", "hoe", "waarom", "soms", "daarna", "daarnaast", "bovendien", "verder", "later", "eerder",
      "inmiddels", "intussen", "ondertussen", "niet", "geen", "zijn", "haar", "hun", "mijn", "onze", "ons",
      "aan", "uit", "over", "door", "tegen", "om", "zonder", "al", "nog", "wel", "dus", "echter", "zelf",
      "iedereen", "niemand", "alles", "niets", "welke", "terwijl", "hoewel", "volgens", "vorig", "vorige",
      "gisteren", "vandaag", "morgen", "eind", "begin", "sindsdien", "daardoor", "daarom", "bijvoorbeeld",
      "the", "he", "she", "it", "they", "we", "in", "on", "but", "and"));

  private SentenceStarters() {}

  static boolean contains(String word) {
    return word.length() <= 13 && WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
