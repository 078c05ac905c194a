package nl.kroniek.nlp.quantity;

/**
 * One number expression found by {@link AmountParser}: a quantity, or an amount of money when
 * {@code currency} is set. Offsets are character offsets into the article text.
 */
record Amount(int start, int end, Double value, Double low, Double high, String approx, String about,
    String unit, String kind, String currency, double scale) {

  boolean isMoney() {
    return currency != null;
  }

  /** This bare number with the unit, kind and counted thing of the number after it. */
  Amount sharing(Amount next) {
    double factor = scale == 1 && next.scale > 1 && value != null && next.value != null
        && value <= next.value / next.scale
        ? next.scale : 1; // van 1,7 naar 2,6 miljoen
    return new Amount(start, end, times(value, factor), times(low, factor), times(high, factor), approx,
        next.about, next.unit, next.kind, next.currency, scale * factor);
  }

  private static Double times(Double v, double factor) {
    return v == null ? null : v * factor;
  }
}
