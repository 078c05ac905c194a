package nl.kroniek.nlp.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;

/** Builds the recogniser's output by hand: every whole-word occurrence of a surface gets the given type. */
final class Tagged {

  private final String text;
  private final List<Entity> entities = new ArrayList<>();

  private Tagged(String text) {
    this.text = text;
  }

  static Tagged text(String text) {
    return new Tagged(text);
  }

  Tagged loc(String... surfaces) {
    return tag(EntityType.LOC, surfaces);
  }

  Tagged org(String... surfaces) {
    return tag(EntityType.ORG, surfaces);
  }

  Tagged misc(String... surfaces) {
    return tag(EntityType.MISC, surfaces);
  }

  Tagged per(String... surfaces) {
    return tag(EntityType.PER, surfaces);
  }

  Tagged tag(EntityType type, String... surfaces) {
    for (String surface : surfaces) {
      int found = 0;
      for (int p = text.indexOf(surface); p >= 0; p = text.indexOf(surface, p + 1)) {
        int end = p + surface.length();
        boolean wholeWord = (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        if (wholeWord) {
          entities.add(new Entity(surface, type, surface, p, end));
          found++;
        }
      }
      if (found == 0) {
        throw new IllegalArgumentException("'" + surface + "' does not occur in the text");
      }
    }
    return this;
  }

  String text() {
    return text;
  }

  List<Entity> entities() {
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparingInt(Entity::start));
    return sorted;
  }
}
