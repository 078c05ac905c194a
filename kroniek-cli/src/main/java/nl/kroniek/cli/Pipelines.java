package nl.kroniek.cli;

import nl.kroniek.engine.Enricher;

/** The NLP pipeline the CLI ingests with. */
final class Pipelines {
  private Pipelines() {}

  static Enricher enricher() {
    return Enricher.NONE;
  }
}
