package nl.kroniek.engine;

import nl.kroniek.nlp.DutchPipeline;

/** The enrichers Kroniek ships: the Dutch NLP pipeline, or none. */
public final class Enrichers {

  private Enrichers() {}

  /** The bundled Dutch pipeline (entities, quotes, sources, numbers, time, places); loaded on first use. */
  public static Enricher dutch() {
    DutchPipeline pipeline = DutchPipeline.bundled();
    return article -> pipeline.analyze(article.text(), article.date());
  }
}
