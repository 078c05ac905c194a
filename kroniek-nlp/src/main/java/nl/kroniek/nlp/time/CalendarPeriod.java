package nl.kroniek.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.function.IntFunction;

/**
 * A calendar interval named by its granularity and first day: a day, ISO week, weekend, month, quarter,
 * meteorological season, half-year, year or decade. Knows its TIMEX3-style value and its last day.
 */
record CalendarPeriod(Granularity granularity, LocalDate first) {

  static CalendarPeriod day(LocalDate day) {
    return new CalendarPeriod(Granularity.DAY, day);
  }

  static CalendarPeriod week(LocalDate anyDay) {
    return new CalendarPeriod(Granularity.WEEK, anyDay.with(DayOfWeek.MONDAY));
  }

  static CalendarPeriod weekend(LocalDate anyDayOfWeek) {
    return new CalendarPeriod(Granularity.WEEKEND, anyDayOfWeek.with(DayOfWeek.SATURDAY));
  }

  static CalendarPeriod month(int year, int month) {
    return new CalendarPeriod(Granularity.MONTH, LocalDate.of(year, month, 1));
  }

  static CalendarPeriod month(LocalDate anyDay) {
    return new CalendarPeriod(Granularity.MONTH, anyDay.withDayOfMonth(1));
  }

  static CalendarPeriod quarter(int year, int quarter) {
    return new CalendarPeriod(Granularity.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
  }

  static CalendarPeriod quarter(LocalDate anyDay) {
    return quarter(anyDay.getYear(), (anyDay.getMonthValue() + 2) / 3);
  }

  /** A meteorological season; {@code year-WI} is the winter that begins in December of that year. */
  static CalendarPeriod season(int year, Season season) {
    return new CalendarPeriod(Granularity.SEASON, LocalDate.of(year, season.firstMonth(), 1));
  }

  static CalendarPeriod halfYear(int year, int half) {
    return new CalendarPeriod(Granularity.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1));
  }

  static CalendarPeriod year(int year) {
    return new CalendarPeriod(Granularity.YEAR, LocalDate.of(year, 1, 1));
  }

  static CalendarPeriod decade(int firstYear) {
    return new CalendarPeriod(Granularity.DECADE, LocalDate.of(firstYear - Math.floorMod(firstYear, 10), 1, 1));
  }

  /** The latest occurrence (one per year) that ended before the given day. */
  static CalendarPeriod lastEnded(IntFunction<CalendarPeriod> inYear, LocalDate a) {
    for (int y = a.getYear(); ; y--) {
      CalendarPeriod p = inYear.apply(y);
      if (p.last().isBefore(a)) {
        return p;
      }
    }
  }

  /** The earliest occurrence (one per year) that starts after the given day. */
  static CalendarPeriod nextStarting(IntFunction<CalendarPeriod> inYear, LocalDate a) {
    for (int y = a.getYear() - 1; ; y++) {
      CalendarPeriod p = inYear.apply(y);
      if (p.first().isAfter(a)) {
        return p;
      }
    }
  }

  /** Last day of the interval, inclusive. */
  LocalDate last() {
    return switch (granularity) {
      case DAY -> first;
      case WEEK -> first.plusDays(6);
      case WEEKEND -> first.plusDays(1);
      case MONTH -> first.plusMonths(1).minusDays(1);
      case QUARTER, SEASON -> first.plusMonths(3).minusDays(1);
      case HALF_YEAR -> first.plusMonths(6).minusDays(1);
      case YEAR -> first.plusYears(1).minusDays(1);
      case DECADE -> first.plusYears(10).minusDays(1);
      case CENTURY -> first.plusYears(100).minusDays(1);
      case DURATION -> throw new IllegalStateException("a duration is not a calendar period");
    };
  }

  /** The same moment expressed at a coarser unit (MONTH or YEAR), judged by the interval's middle day. */
  CalendarPeriod coarsenTo(Granularity coarser) {
    if (!granularity.finerThan(coarser)) {
      return this;
    }
    LocalDate middle = first.plusDays(ChronoUnit.DAYS.between(first, last()) / 2);
    return switch (coarser) {
      case MONTH -> month(middle);
      case YEAR -> year(middle.getYear());
      default -> throw new IllegalArgumentException("cannot coarsen to " + coarser);
    };
  }

  /** TIMEX3-style value: 2017-10-15, 2017-W42, 2017-W42-WE, 2017-10, 2017-Q3, 2017-SU, 2017-H1, 2017, 201. */
  String value() {
    int year = first.getYear();
    return switch (granularity) {
      case DAY -> yyyy(year) + '-' + two(first.getMonthValue()) + '-' + two(first.getDayOfMonth());
      case WEEK -> isoWeek();
      case WEEKEND -> isoWeek() + "-WE";
      case MONTH -> yyyy(year) + '-' + two(first.getMonthValue());
      case QUARTER -> yyyy(year) + "-Q" + ((first.getMonthValue() + 2) / 3);
      case SEASON -> yyyy(year) + '-' + Season.ofFirstMonth(first.getMonthValue()).code();
      case HALF_YEAR -> yyyy(year) + "-H" + (first.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> yyyy(year);
      case DECADE -> pad(Math.floorDiv(year, 10), 3);
      case CENTURY -> pad(Math.floorDiv(year, 100), 2);
      case DURATION -> throw new IllegalStateException("a duration is not a calendar period");
    };
  }

  private String isoWeek() {
    return yyyy(first.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String yyyy(int year) {
    return pad(year, 4);
  }

  private static String two(int n) {
    return pad(n, 2);
  }

  private static String pad(int n, int width) {
    String digits = Integer.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder(width + 1);
    if (n < 0) {
      sb.append('-');
    }
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }
}
