package nl.kroniek.nlp.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kroniek.lexicon.Gazetteer;

/**
 * The gazetteer keys a place mention is looked up under, most literal first: as written ({@code Noord-Holland}
 * is a province, so the exact name always wins), without a possessive ({@code China's}), without a compass
 * word in front ({@code Zuid-Turkije} → {@code Turkije}) or behind ({@code Amsterdam-Zuid} → {@code Amsterdam}).
 * Inflected and adjectival forms ({@code Nederlands}, {@code Syrische}) are deliberately not undone: they are
 * languages and demonyms, not places.
 */
final class NameForms {

  /** How a form relates to the mention. */
  enum Variant {
    /** The mention itself (folded). */
    AS_WRITTEN,
    /** A part of the place named after the compass word: {@code Noord-Syrië} is in Syria. */
    PART_OF,
    /** A district of a town: {@code Almelo-Zuid}, {@code Amsterdam Noord}. */
    DISTRICT_OF
  }

  /** One lookup key and how it relates to the mention. */
  record Form(String key, Variant variant) {}

  /** Compass and size words that name a part of a country, region or big city. */
  private static final Set<String> PREFIXES = Set.of("noord", "zuid", "oost", "west", "midden", "centraal",
      "noordoost", "noordwest", "zuidoost", "zuidwest", "groot");

  /** Words after a town's name that make it one of its districts (or its main station). */
  private static final Set<String> SUFFIXES = Set.of("noord", "zuid", "oost", "west", "centrum", "centraal",
      "noordoost", "noordwest", "zuidoost", "zuidwest");

  /**
   * Names that are LOC in news but no point on a map: bare compass words (an Amsterdam borough, "het
   * Westen") and celestial bodies, which the gazetteer would turn into villages ({@code Mars}, Pennsylvania).
   */
  private static final Set<String> NOT_ON_THE_MAP = Set.of("noord", "zuid", "oost", "west", "midden",
      "noorden", "zuiden", "oosten", "westen", "centrum", "noordoost", "noordwest", "zuidoost", "zuidwest",
      "mars", "venus", "jupiter", "saturnus", "mercurius", "neptunus", "uranus", "pluto", "maan", "zon", "aarde");

  private NameForms() {}

  /** The forms of a mention as written, in the order to try them; empty when it has no letters or digits. */
  static List<Form> of(String mention) {
    String written = withoutLeadingArticle(mention.strip());
    List<Form> forms = new ArrayList<>(4);
    List<String> wholes = new ArrayList<>(2);
    wholes.add(Gazetteer.key(written));
    if (endsWithPossessive(written)) {
      wholes.add(Gazetteer.key(written.substring(0, written.length() - 2)));
    }
    wholes.removeIf(whole -> whole.isEmpty() || NOT_ON_THE_MAP.contains(whole));
    for (String whole : wholes) {
      forms.add(new Form(whole, Variant.AS_WRITTEN));
    }
    for (String whole : wholes) {
      String[] words = whole.split(" ");
      if (words.length < 2) {
        continue;
      }
      int skip = 0;
      while (skip < 2 && skip < words.length - 1 && PREFIXES.contains(words[skip])) {
        skip++; // Noord-Oost-Syrië has two
      }
      if (skip > 0) {
        forms.add(new Form(join(words, skip, words.length), Variant.PART_OF));
      }
      if (SUFFIXES.contains(words[words.length - 1])) {
        forms.add(new Form(join(words, 0, words.length - 1), Variant.DISTRICT_OF));
      }
    }
    return forms;
  }

  /** "de Verenigde Staten" → "Verenigde Staten": the recogniser sometimes takes a lower-case article along. */
  private static String withoutLeadingArticle(String s) {
    String rest = s;
    for (int i = 0; i < 2; i++) {
      int space = rest.indexOf(' ');
      if (space <= 0 || !Character.isLowerCase(rest.charAt(0)) || space > 4) {
        break;
      }
      rest = rest.substring(space + 1).stripLeading();
    }
    return rest.isEmpty() ? s : rest;
  }

  private static boolean endsWithPossessive(String s) {
    int n = s.length();
    return n > 3 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S') && isApostrophe(s.charAt(n - 2));
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʼ';
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
  }
}
