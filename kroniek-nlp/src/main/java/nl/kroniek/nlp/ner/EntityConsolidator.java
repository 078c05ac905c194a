package nl.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;

/**
 * Gives each mention of an article the canonical name of the entity it refers to: {@code kolonel Ryan
 * Dillon} and a later {@code Dillon} are one person, "Ryan Dillon"; {@code de Guardian} and {@code The
 * Guardian} one outlet; {@code Rutte's} is Rutte. Within one document only, and conservative: a short name
 * joins a longer one only when exactly one longer name of the same type fits.
 */
final class EntityConsolidator {

  private EntityConsolidator() {}

  static List<Entity> consolidate(List<Entity> mentions) {
    List<String> names = new ArrayList<>(mentions.size());
    for (Entity e : mentions) {
      names.add(clean(e.text()));
    }
    // Candidates for canonical names: the longest distinct names per type.
    Map<EntityType, List<String>> byType = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      List<String> list = byType.computeIfAbsent(mentions.get(i).type(), k -> new ArrayList<>());
      if (!list.contains(names.get(i))) {
        list.add(names.get(i));
      }
    }
    List<Entity> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Entity e = mentions.get(i);
      String canonical = canonical(names.get(i), e.type(), byType.get(e.type()));
      out.add(new Entity(e.text(), e.type(), canonical, e.start(), e.end()));
    }
    return out;
  }

  private static String canonical(String name, EntityType type, List<String> candidates) {
    String match = null;
    for (String other : candidates) {
      if (other.length() <= name.length() || !refersTo(name, other, type)) {
        continue;
      }
      if (match != null && !other.contains(match) && !match.contains(other)) {
        return name; // ambiguous: two different longer names fit
      }
      if (match == null || other.length() > match.length()) {
        match = other;
      }
    }
    return match == null ? name : match;
  }

  /** Does the short name {@code name} refer to the longer {@code full}? */
  static boolean refersTo(String name, String full, EntityType type) {
    String n = name.toLowerCase(Locale.ROOT);
    String f = full.toLowerCase(Locale.ROOT);
    if (type == EntityType.PER) {
      // last name(s) or first name of the full name, on word boundaries
      return f.endsWith(" " + n) || f.startsWith(n + " ") && !n.contains(" ");
    }
    // "Guardian" / "The Guardian", "Volkskrant" / "de Volkskrant"
    for (String article : new String[] {"the ", "de ", "het ", "la ", "le ", "el ", "al-"}) {
      if (f.equals(article + n)) {
        return true;
      }
    }
    return false;
  }

  /** The name without a possessive: {@code Rutte's} → {@code Rutte}, {@code Wilders'} → {@code Wilders}. */
  static String clean(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > 3 && (t.endsWith("'s") || t.endsWith("’s"))) {
      return t.substring(0, t.length() - 2);
    }
    if (t.length() > 3 && (t.endsWith("s'") || t.endsWith("s’"))) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }
}
