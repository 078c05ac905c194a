package nl.kroniek.nlp.time;

/**
 * Units a Dutch duration can be counted in, with their ISO-8601 designator and whether it sits after the
 * {@code T}. Decades and centuries are written as years; a quarter of an hour as minutes.
 */
enum TimeUnit {
  SECOND('S', true, Granularity.DAY),
  MINUTE('M', true, Granularity.DAY),
  QUARTER_HOUR('M', true, Granularity.DAY),
  HOUR('H', true, Granularity.DAY),
  DAY('D', false, Granularity.DAY),
  WEEK('W', false, Granularity.WEEK),
  MONTH('M', false, Granularity.MONTH),
  /** A quarter of a year, written as three months (ISO-8601 has no quarter designator). */
  QUARTER('M', false, Granularity.QUARTER),
  YEAR('Y', false, Granularity.YEAR),
  DECADE('Y', false, Granularity.DECADE),
  CENTURY('Y', false, Granularity.YEAR);

  private final char designator;
  private final boolean timePart;
  private final Granularity pointGranularity;

  TimeUnit(char designator, boolean timePart, Granularity pointGranularity) {
    this.designator = designator;
    this.timePart = timePart;
    this.pointGranularity = pointGranularity;
  }

  /** Granularity of a point reached by counting in this unit ({@code drie weken geleden} is a week). */
  Granularity pointGranularity() {
    return pointGranularity;
  }

  /**
   * ISO-8601 duration for a count of this unit. {@code count} is a whole number or a half; halves are
   * spelled with the next smaller unit where that is exact ({@code P1Y6M}, {@code PT1H30M}), else as a
   * decimal ({@code P1.5W}). A negative count means vague ({@code PXW}, TIMEX3).
   */
  String iso(double count) {
    if (count < 0) {
      return switch (this) {
        case DECADE -> "PXDE";
        case CENTURY -> "PXCE";
        case QUARTER_HOUR -> "PTXM";
        case QUARTER -> "PXM";
        default -> (timePart ? "PTX" : "PX") + designator;
      };
    }
    long whole = (long) count;
    boolean half = count - whole >= 0.5;
    return switch (this) {
      case YEAR -> half ? compose(false, whole, 'Y', 6, 'M') : "P" + whole + "Y";
      case DECADE -> half ? "P" + (whole * 10 + 5) + "Y" : "P" + whole * 10 + "Y";
      case CENTURY -> half ? "P" + (whole * 100 + 50) + "Y" : "P" + whole * 100 + "Y";
      case DAY -> half ? "P" + (whole > 0 ? whole + "D" : "") + "T12H" : "P" + whole + "D";
      case HOUR -> half ? compose(true, whole, 'H', 30, 'M') : "PT" + whole + "H";
      case MINUTE -> half ? compose(true, whole, 'M', 30, 'S') : "PT" + whole + "M";
      case QUARTER_HOUR -> minutes(Math.round(count * 15));
      case QUARTER -> {
        long halfMonths = Math.round(count * 6); // 1.5 quarters = 4.5 months
        yield "P" + halfMonths / 2 + (halfMonths % 2 == 1 ? ".5" : "") + "M";
      }
      case WEEK, MONTH, SECOND -> (timePart ? "PT" : "P") + (half ? whole + ".5" : Long.toString(whole))
          + designator;
    };
  }

  private static String compose(boolean time, long whole, char unit, int smaller, char smallerUnit) {
    StringBuilder sb = new StringBuilder(time ? "PT" : "P");
    if (whole > 0) {
      sb.append(whole).append(unit);
    }
    return sb.append(smaller).append(smallerUnit).toString();
  }

  private static String minutes(long minutes) {
    long hours = minutes / 60;
    long rest = minutes % 60;
    StringBuilder sb = new StringBuilder("PT");
    if (hours > 0) {
      sb.append(hours).append('H');
    }
    if (rest > 0 || hours == 0) {
      sb.append(rest).append('M');
    }
    return sb.toString();
  }
}
