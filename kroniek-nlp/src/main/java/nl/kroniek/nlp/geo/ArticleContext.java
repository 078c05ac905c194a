package nl.kroniek.nlp.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.kroniek.lexicon.Gazetteer.Entry;

/**
 * The countries and provinces an article is about, from the place names it resolves with confidence
 * ({@code Syrië}, or a name with one clear candidate). A name never counts as its own evidence: each
 * country and province remembers which names brought it in.
 */
final class ArticleContext {

  private final Map<String, Set<String>> countries = new HashMap<>();
  private final Map<String, Set<String>> provinces = new HashMap<>();

  /** Records that the name with this key confidently means {@code place}. */
  void add(String nameKey, Entry place) {
    if (place.country() != null) {
      countries.computeIfAbsent(place.country(), k -> new HashSet<>()).add(nameKey);
    }
    if (place.admin1() != null) {
      provinces.computeIfAbsent(place.admin1(), k -> new HashSet<>()).add(nameKey);
    }
  }

  /** Whether some other name of the article confidently lies in this place's country. */
  boolean sameCountry(Entry place, String nameKey) {
    return place.country() != null && byOthers(countries.get(place.country()), nameKey);
  }

  /** Whether some other name of the article confidently lies in this place's province (first-level division). */
  boolean sameProvince(Entry place, String nameKey) {
    return place.admin1() != null && byOthers(provinces.get(place.admin1()), nameKey);
  }

  private static boolean byOthers(Set<String> keys, String nameKey) {
    return keys != null && (keys.size() > 1 || !keys.contains(nameKey));
  }
}
