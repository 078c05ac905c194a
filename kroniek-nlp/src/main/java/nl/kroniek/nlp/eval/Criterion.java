package nl.kroniek.nlp.eval;

/**
 * What a predicted fact must get right to count as a match for a gold fact. Every criterion requires the
 * spans to overlap; see {@link MatchRules} for the exact rules.
 */
public enum Criterion {
  /** Spans overlap; values are not looked at. */
  SPAN("span"),
  /**
   * Spans overlap and the extractor's key value agrees: the speaker (quotes), the name (sources), the value
   * (quantities), value and currency (money), the value (times), the country (places). This is the main
   * score.
   */
  KEY("span+key"),
  /** Places only: spans overlap, the country agrees and the gazetteer name agrees. */
  NAME("span+key+name");

  private final String label;

  Criterion(String label) {
    this.label = label;
  }

  /** Short label for reports. */
  public String label() {
    return label;
  }

  /** Whether this criterion is scored for the extractor ({@link #NAME} only for places). */
  public boolean appliesTo(Extractor extractor) {
    return this != NAME || extractor == Extractor.PLACES;
  }
}
