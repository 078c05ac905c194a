package nl.kroniek.nlp.eval;

/** The fact extractors that are scored, one per list of {@link nl.kroniek.model.fact.Facts}. */
public enum Extractor {
  QUOTES("quotes"),
  SOURCES("sources"),
  QUANTITIES("quantities"),
  MONEY("money"),
  TIMES("times"),
  PLACES("places");

  private final String label;

  Extractor(String label) {
    this.label = label;
  }

  /** Lower-case name as used in the gold file and in reports ({@code quotes}). */
  public String label() {
    return label;
  }
}
