package nl.kroniek.engine;

import nl.kroniek.model.Article;
import nl.kroniek.model.fact.Facts;

/**
 * Finds facts in an article (the "enrich" step between reading and storing). Implementations must be
 * thread-safe: ingest calls one instance from several worker threads.
 */
public interface Enricher {

  /** Stores articles without facts: for ingest benchmarks and users who only want search. */
  Enricher NONE = article -> Facts.EMPTY;

  /**
   * Extracts the facts of one article. Must not fail on odd text; an exception is treated as a bug: the
   * article is stored without facts and the failure reported.
   */
  Facts enrich(Article article);
}
