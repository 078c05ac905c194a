package nl.kroniek.store.lucene;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a normalised time value covers, for the {@code when:} filter: {@code 2017-10-15}, {@code 2017-10},
 * {@code 2017-W42}, {@code 2017-W42-WE}, {@code 2017-Q3}, {@code 2017-H1}, seasons {@code 2017-SU},
 * {@code 2017}, decades {@code 199}, centuries {@code 16} (the 1600s), and intervals {@code 2016/2018}. Durations ({@code P4M}) and anchored
 * stretches whose other end is a duration cover no fixed days and return null.
 */
final class TimeValues {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DECADE = Pattern.compile("\\d{3}");
  private static final Pattern CENTURY = Pattern.compile("\\d{2}");

  private TimeValues() {}

  /** {first, last} epoch days, or null when the value names no fixed period. */
  static long[] interval(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      int slash = value.indexOf('/');
      if (slash > 0) {
        long[] a = interval(value.substring(0, slash));
        long[] b = interval(value.substring(slash + 1));
        return a == null || b == null || a[0] > b[1] ? null : new long[] {a[0], b[1]};
      }
      Matcher m;
      if ((m = DAY.matcher(value)).matches()) {
        long d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toEpochDay();
        return new long[] {d, d};
      }
      if ((m = MONTH.matcher(value)).matches()) {
        LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
        return days(first, first.with(TemporalAdjusters.lastDayOfMonth()));
      }
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(java.time.DayOfWeek.MONDAY);
        return m.group(3) != null ? days(monday.plusDays(5), monday.plusDays(6)) : days(monday, monday.plusDays(6));
      }
      if ((m = QUARTER.matcher(value)).matches()) {
        LocalDate first = LocalDate.of(num(m, 1), 3 * (num(m, 2) - 1) + 1, 1);
        return days(first, first.plusMonths(3).minusDays(1));
      }
      if ((m = HALF.matcher(value)).matches()) {
        LocalDate first = LocalDate.of(num(m, 1), num(m, 2) == 1 ? 1 : 7, 1);
        return days(first, first.plusMonths(6).minusDays(1));
      }
      if ((m = SEASON.matcher(value)).matches()) {
        int y = num(m, 1);
        return switch (m.group(2)) {
          case "SP" -> days(LocalDate.of(y, Month.MARCH, 1), LocalDate.of(y, Month.MAY, 31));
          case "SU" -> days(LocalDate.of(y, Month.JUNE, 1), LocalDate.of(y, Month.AUGUST, 31));
          case "FA", "AU" -> days(LocalDate.of(y, Month.SEPTEMBER, 1), LocalDate.of(y, Month.NOVEMBER, 30));
          default -> days(LocalDate.of(y, Month.DECEMBER, 1), LocalDate.of(y + 1, Month.FEBRUARY, 1).with(TemporalAdjusters.lastDayOfMonth()));
        };
      }
      if (YEAR.matcher(value).matches()) {
        int y = Integer.parseInt(value);
        return days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      if (DECADE.matcher(value).matches()) {
        int y = Integer.parseInt(value) * 10;
        return days(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
      }
      if (CENTURY.matcher(value).matches()) {
        int y = Integer.parseInt(value) * 100;
        return days(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31));
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static long[] days(LocalDate first, LocalDate last) {
    return new long[] {first.toEpochDay(), last.toEpochDay()};
  }
}
