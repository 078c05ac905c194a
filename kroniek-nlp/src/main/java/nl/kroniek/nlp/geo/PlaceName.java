package nl.kroniek.nlp.geo;

import java.util.ArrayList;
import java.util.List;
import nl.kroniek.lexicon.Gazetteer.Entry;

/**
 * One distinct place name of an article: its candidates, the qualifiers written after any of its mentions,
 * and, once chosen, its place. All mentions of the name share the answer (one sense per name per article).
 */
final class PlaceName {

  /** A candidate with its score before the article's context is taken into account. */
  record Candidate(Entry entry, double prior) {}

  /** A margin this big without context makes a name evidence for the others. */
  static final double CONFIDENT_MARGIN = 1.0;

  private final String key;
  private final List<Candidate> candidates;
  private final List<Qualifier> qualifiers = new ArrayList<>(1);
  private Entry chosen;

  PlaceName(String key, List<Candidate> candidates) {
    this.key = key;
    this.candidates = candidates;
  }

  String key() {
    return key;
  }

  void addQualifier(Qualifier qualifier) {
    qualifiers.add(qualifier);
  }

  /** The place chosen by {@link #choose}, or null (unknown, or too ambiguous). */
  Entry chosen() {
    return chosen;
  }

  /** The best candidate when the name alone (with its qualifiers) leaves little doubt, else null. */
  Entry confidentWithoutContext() {
    Scored s = best(new ArticleContext());
    return s != null && s.margin >= CONFIDENT_MARGIN ? s.best : null;
  }

  /** Picks the best candidate in this context; none when the best two are nearly tied and far apart. */
  void choose(ArticleContext context) {
    Scored s = best(context);
    if (s == null) {
      return;
    }
    boolean tied = s.margin < Ranking.AMBIGUITY_MARGIN
        && Ranking.distanceKm(s.best, s.second) > Ranking.SAME_PLACE_KM;
    chosen = tied ? null : s.best;
  }

  private record Scored(Entry best, Entry second, double margin) {}

  private Scored best(ArticleContext context) {
    Entry best = null;
    Entry second = null;
    double top = Double.NEGATIVE_INFINITY;
    double next = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates) {
      double s = Ranking.score(c.prior(), c.entry(), key, context, qualifiers);
      if (s > top) {
        second = best;
        next = top;
        best = c.entry();
        top = s;
      } else if (s > next) {
        second = c.entry();
        next = s;
      }
    }
    if (best == null) {
      return null;
    }
    return second == null ? new Scored(best, best, Double.POSITIVE_INFINITY) : new Scored(best, second, top - next);
  }
}
