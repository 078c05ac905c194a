package nl.kroniek.nlp.time;

/**
 * The unit a resolved time value is expressed in, with its label as written into
 * {@link nl.kroniek.model.fact.TimeExpression#granularity()}. The rank orders calendar units from fine to
 * coarse so that a value can be truncated to the precision of the publication date.
 */
enum Granularity {
  DAY("day", 0),
  WEEK("week", 1),
  /** A weekend is reported with granularity {@code week} and a {@code -WE} suffix (TIMEX3). */
  WEEKEND("week", 1),
  MONTH("month", 2),
  QUARTER("quarter", 3),
  SEASON("season", 3),
  HALF_YEAR("halfyear", 4),
  YEAR("year", 5),
  DECADE("decade", 6),
  /** {@code de zeventiende eeuw} → {@code 16}: the ISO-8601 century, the years 1600–1699. */
  CENTURY("century", 7),
  DURATION("duration", -1);

  private final String label;
  private final int rank;

  Granularity(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  String label() {
    return label;
  }

  /** True when this calendar unit is strictly finer than {@code other}. */
  boolean finerThan(Granularity other) {
    return rank >= 0 && rank < other.rank;
  }
}
