package nl.kroniek.cli;

import nl.kroniek.engine.Enricher;
import nl.kroniek.nlp.DutchPipeline;

/** The NLP pipeline the CLI ingests with: the bundled Dutch pipeline, or none with {@code --no-nlp}. */
final class Pipelines {
  private Pipelines() {}

  static Enricher enricher() {
    DutchPipeline pipeline = DutchPipeline.bundled();
    return article -> pipeline.analyze(article.text(), article.date());
  }

  static Enricher enricher(boolean nlp) {
    return nlp ? enricher() : Enricher.NONE;
  }
}
