package nl.kroniek.nlp.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kroniek.model.fact.EntityType;

/**
 * Precision, recall and F1 per entity type and overall, by exact span match (as the CoNLL-2002 scorer):
 * an entity counts as found only with the same first word, last word and type.
 */
public final class NerScore {

  private final Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class); // {tp, fp, fn}
  private long tokens;

  /** Adds one sentence. */
  void add(int[] gold, int[] predicted) {
    tokens += gold.length;
    Set<Spans.Span> g = new HashSet<>(Spans.of(gold));
    Set<Spans.Span> p = new HashSet<>(Spans.of(predicted));
    for (Spans.Span s : p) {
      counts(s.type())[g.contains(s) ? 0 : 1]++;
    }
    for (Spans.Span s : g) {
      if (!p.contains(s)) {
        counts(s.type())[2]++;
      }
    }
  }

  private long[] counts(EntityType type) {
    return counts.computeIfAbsent(type, k -> new long[3]);
  }

  public long tokens() {
    return tokens;
  }

  public long goldEntities(EntityType type) {
    long[] c = counts.getOrDefault(type, new long[3]);
    return c[0] + c[2];
  }

  public double precision(EntityType type) {
    long[] c = type == null ? total() : counts.getOrDefault(type, new long[3]);
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  public double recall(EntityType type) {
    long[] c = type == null ? total() : counts.getOrDefault(type, new long[3]);
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  /** F1 of one type, or overall (micro-averaged) for null. */
  public double f1(EntityType type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private long[] total() {
    long[] t = new long[3];
    for (long[] c : counts.values()) {
      for (int i = 0; i < 3; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  /** A table like conlleval's. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    long[] t = total();
    sb.append(String.format(Locale.ROOT, "%d tokens, %d gold entities, %d found, %d correct%n", tokens, t[0] + t[2],
        t[0] + t[1], t[0]));
    sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s%n", "type", "precision", "recall", "F1", "gold"));
    for (EntityType type : EntityType.values()) {
      if (counts.containsKey(type)) {
        sb.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d%n", type, precision(type), recall(type),
            f1(type), goldEntities(type)));
      }
    }
    sb.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d%n", "overall", precision(null), recall(null),
        f1(null), t[0] + t[2]));
    return sb.toString();
  }
}
