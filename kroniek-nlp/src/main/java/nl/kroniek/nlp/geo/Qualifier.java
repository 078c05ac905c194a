package nl.kroniek.nlp.geo;

import java.util.List;
import java.util.Map;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.lexicon.Gazetteer.Entry;
import nl.kroniek.lexicon.Gazetteer.Kind;

/**
 * The province or country written right after a place name to say which namesake is meant:
 * {@code Hengelo (Gld)}, {@code Bergen (NH)}, {@code Paris, Texas}, {@code Valencia (Spanje)}.
 *
 * @param admin1 the GeoNames first-level division it names ({@code NL.03}), or null
 * @param country the country it names, or null
 */
record Qualifier(String admin1, String country) {

  /** The abbreviations of the Dutch provinces used in place names, folded like gazetteer keys. */
  private static final Map<String, String> DUTCH_PROVINCES = Map.ofEntries(
      Map.entry("gld", "NL.03"), Map.entry("gl", "NL.03"), Map.entry("ov", "NL.15"),
      Map.entry("nb", "NL.06"), Map.entry("n b", "NL.06"), Map.entry("l", "NL.05"), Map.entry("lb", "NL.05"),
      Map.entry("lim", "NL.05"), Map.entry("zh", "NL.11"), Map.entry("z h", "NL.11"), Map.entry("nh", "NL.07"),
      Map.entry("n h", "NL.07"), Map.entry("fr", "NL.02"), Map.entry("frl", "NL.02"), Map.entry("gr", "NL.04"),
      Map.entry("gn", "NL.04"), Map.entry("dr", "NL.01"), Map.entry("u", "NL.09"), Map.entry("ut", "NL.09"),
      Map.entry("utr", "NL.09"), Map.entry("z", "NL.10"), Map.entry("zl", "NL.10"), Map.entry("zld", "NL.10"),
      Map.entry("fl", "NL.16"), Map.entry("flev", "NL.16"));

  private static final int MAX_LENGTH = 40;

  /** Whether the entry lies in the qualifying province or country. */
  boolean covers(Entry e) {
    if (admin1 != null) {
      return admin1.equals(e.admin1());
    }
    return country != null && country.equals(e.country()) && e.kind() != Kind.COUNTRY;
  }

  /** The qualifier after {@code end} in {@code text}, or null. */
  static Qualifier after(String text, int end, Gazetteer gazetteer) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length()) {
      return null;
    }
    String inside;
    if (text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      if (close < 0 || close - i > MAX_LENGTH) {
        return null;
      }
      inside = text.substring(i + 1, close);
    } else if (text.charAt(i) == ',' && i == end) {
      int from = i + 1;
      while (from < text.length() && text.charAt(from) == ' ') {
        from++;
      }
      int to = from;
      while (to < text.length() && to - from < MAX_LENGTH && (Character.isLetter(text.charAt(to))
          || text.charAt(to) == '-' || text.charAt(to) == ' ' && to + 1 < text.length()
          && Character.isUpperCase(text.charAt(to + 1)))) {
        to++;
      }
      if (to == from || !Character.isUpperCase(text.charAt(from))) {
        return null;
      }
      inside = text.substring(from, to);
    } else {
      return null;
    }
    return named(inside, gazetteer);
  }

  private static Qualifier named(String name, Gazetteer gazetteer) {
    String key = Gazetteer.key(name);
    String province = DUTCH_PROVINCES.get(key);
    if (province != null) {
      return new Qualifier(province, "NL");
    }
    List<Entry> hits = gazetteer.lookup(key);
    if (hits.isEmpty()) {
      return null;
    }
    Entry best = hits.get(0);
    return switch (best.kind()) {
      case REGION -> best.admin1() == null ? new Qualifier(null, best.country())
          : new Qualifier(best.admin1(), best.country());
      case COUNTRY -> new Qualifier(null, best.country());
      default -> null; // "Parijs, Londen en Berlijn": a list, not a qualifier
    };
  }
}
