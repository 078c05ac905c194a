package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;

/**
 * The recogniser's entity mentions sorted by offset, for the questions the speaker finder asks: which entity
 * starts at or covers this token, and which person was mentioned last before an offset. Mentions outside the
 * text or without a type are dropped, since the recogniser may make mistakes and must not make us fail.
 */
final class EntityIndex {

  private final Entity[] entities;
  private final int[] starts;
  /** For each index, the index of the last PER mention at or before it, or -1. */
  private final int[] lastPerson;

  EntityIndex(List<Entity> mentions, int textLength) {
    List<Entity> kept = new ArrayList<>(mentions.size());
    for (Entity e : mentions) {
      if (e != null && e.type() != null && e.end() <= textLength && e.end() > e.start()) {
        kept.add(e);
      }
    }
    kept.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
    entities = kept.toArray(new Entity[0]);
    starts = new int[entities.length];
    lastPerson = new int[entities.length];
    int last = -1;
    for (int i = 0; i < entities.length; i++) {
      starts[i] = entities[i].start();
      if (entities[i].type() == EntityType.PER) {
        last = i;
      }
      lastPerson[i] = last;
    }
  }

  /** The longest PER or ORG mention that starts within [start, end), or null. */
  Entity nameStartingIn(int start, int end) {
    Entity best = null;
    for (int i = firstStartingAtOrAfter(start); i < entities.length && starts[i] < end; i++) {
      Entity e = entities[i];
      if ((e.type() == EntityType.PER || e.type() == EntityType.ORG)
          && (best == null || e.end() - e.start() > best.end() - best.start())) {
        best = e;
      }
    }
    return best;
  }

  /** A PER mention that covers the char range [start, end), or null. */
  Entity personCovering(int start, int end) {
    int i = firstStartingAtOrAfter(start + 1) - 1;
    for (int k = 0; i >= 0 && k < 4; i--, k++) {
      Entity e = entities[i];
      if (e.type() == EntityType.PER && e.start() <= start && e.end() >= end) {
        return e;
      }
    }
    return null;
  }

  /** The last PER mention that ends at or before {@code offset}, or null. */
  Entity lastPersonBefore(int offset) {
    int i = firstStartingAtOrAfter(offset) - 1;
    while (i >= 0) {
      int p = lastPerson[i];
      if (p < 0) {
        return null;
      }
      if (entities[p].end() <= offset) {
        return entities[p];
      }
      i = p - 1;
    }
    return null;
  }

  /** The PER mentions that start in the char range [start, end), in text order. */
  List<Entity> personsStartingIn(int start, int end) {
    List<Entity> out = new ArrayList<>();
    for (int i = firstStartingAtOrAfter(start); i < entities.length && starts[i] < end; i++) {
      if (entities[i].type() == EntityType.PER) {
        out.add(entities[i]);
      }
    }
    return out;
  }

  /** All mentions, sorted by start. */
  List<Entity> all() {
    return List.of(entities);
  }

  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
