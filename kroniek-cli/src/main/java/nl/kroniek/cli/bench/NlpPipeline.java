package nl.kroniek.cli.bench;

import java.lang.reflect.Method;
import nl.kroniek.engine.Enricher;

/**
 * The enricher {@code kroniek ingest} uses, so that {@code --nlp} measures exactly the CLI's pipeline.
 *
 * <p>{@code nl.kroniek.cli.Pipelines} is package-private in the CLI package, so it is reached by
 * reflection (the jar runs on the class path, where this is allowed). Once it is public, call it directly.
 */
final class NlpPipeline {
  private NlpPipeline() {}

  static Enricher enricher() {
    try {
      Method m = Class.forName("nl.kroniek.cli.Pipelines").getDeclaredMethod("enricher");
      m.setAccessible(true);
      return (Enricher) m.invoke(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot load the CLI's NLP pipeline (nl.kroniek.cli.Pipelines.enricher()): "
          + e, e);
    }
  }
}
