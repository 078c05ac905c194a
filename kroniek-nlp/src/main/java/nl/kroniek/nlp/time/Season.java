package nl.kroniek.nlp.time;

/** Meteorological seasons with their TIMEX3 codes; winter starts in December of its year. */
enum Season {
  SPRING("SP", 3),
  SUMMER("SU", 6),
  AUTUMN("FA", 9),
  WINTER("WI", 12);

  private final String code;
  private final int firstMonth;

  Season(String code, int firstMonth) {
    this.code = code;
    this.firstMonth = firstMonth;
  }

  String code() {
    return code;
  }

  int firstMonth() {
    return firstMonth;
  }

  static Season ofFirstMonth(int month) {
    for (Season s : values()) {
      if (s.firstMonth == month) {
        return s;
      }
    }
    throw new IllegalArgumentException("no season starts in month " + month);
  }
}
