package nl.kroniek.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date together with how precisely it is known. The seed files only say {@code 2017-11}; a
 * feed may give an instant. Code that resolves relative time ("gisteren") must not invent precision that
 * the source does not have, so the precision travels with the date.
 *
 * <p>A date covers an interval of days: {@link #firstDay()} .. {@link #lastDay()} (inclusive).
 */
public final class PubDate implements Comparable<PubDate> {

  /** How precisely a date is known, coarsest first. */
  public enum Precision { UNKNOWN, YEAR, MONTH, DAY, INSTANT }

  public static final PubDate UNKNOWN = new PubDate(Precision.UNKNOWN, null, null);

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  // Timestamps without a zone are read as UTC: news feeds rarely say otherwise and a day is all we index.
  private static final Pattern LOCAL_DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)");

  private final Precision precision;
  private final LocalDate day; // first day of the interval; null when UNKNOWN
  private final Instant instant; // only for INSTANT

  private PubDate(Precision precision, LocalDate day, Instant instant) {
    this.precision = precision;
    this.day = day;
    this.instant = instant;
  }

  public static PubDate ofYear(int year) {
    return new PubDate(Precision.YEAR, LocalDate.of(year, 1, 1), null);
  }

  public static PubDate ofMonth(int year, int month) {
    return new PubDate(Precision.MONTH, LocalDate.of(year, month, 1), null);
  }

  public static PubDate ofDay(LocalDate day) {
    return new PubDate(Precision.DAY, Objects.requireNonNull(day, "day"), null);
  }

  public static PubDate ofInstant(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return new PubDate(Precision.INSTANT, LocalDate.ofInstant(instant, ZoneOffset.UTC), instant);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, an ISO-8601 timestamp with or without zone,
   * or returns {@link #UNKNOWN} for null/blank input.
   *
   * @throws IllegalArgumentException when the text is not blank and not one of those forms, or names an
   *     impossible date (2017-13, 2017-02-30)
   */
  public static PubDate parse(String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    String s = text.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
      if ((m = YEAR_MONTH.matcher(s)).matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return ofMonth(ym.getYear(), ym.getMonthValue());
      }
      if ((m = DAY.matcher(s)).matches()) {
        return ofDay(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      if ((m = LOCAL_DATE_TIME.matcher(s)).matches()) {
        return ofInstant(OffsetDateTime.parse(m.group(1) + "T" + padSeconds(m.group(2)) + "Z").toInstant());
      }
      return ofInstant(OffsetDateTime.parse(s.replace(' ', 'T')).toInstant());
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date: '" + abbreviate(s) + "'", e);
    }
  }

  private static String padSeconds(String time) {
    return time.length() == 5 ? time + ":00" : time;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  public Precision precision() {
    return precision;
  }

  public boolean isKnown() {
    return precision != Precision.UNKNOWN;
  }

  /** First day covered, or null when unknown. */
  public LocalDate firstDay() {
    return day;
  }

  /** Last day covered (inclusive), or null when unknown. */
  public LocalDate lastDay() {
    return switch (precision) {
      case UNKNOWN -> null;
      case YEAR -> day.withDayOfYear(day.lengthOfYear());
      case MONTH -> day.withDayOfMonth(day.lengthOfMonth());
      case DAY, INSTANT -> day;
    };
  }

  /** The instant, only for {@link Precision#INSTANT}; null otherwise. */
  public Instant instant() {
    return instant;
  }

  /** ISO-8601 text at the known precision: {@code 2017}, {@code 2017-11}, {@code 2017-11-05}, an instant, or "". */
  @Override
  public String toString() {
    return switch (precision) {
      case UNKNOWN -> "";
      case YEAR -> String.format("%04d", day.getYear());
      case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
      case DAY -> day.toString();
      case INSTANT -> instant.toString();
    };
  }

  @Override
  public int compareTo(PubDate o) {
    if (day == null || o.day == null) {
      return day == null ? (o.day == null ? 0 : -1) : 1;
    }
    int c = day.compareTo(o.day);
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PubDate p && precision == p.precision && Objects.equals(day, p.day)
        && Objects.equals(instant, p.instant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, day, instant);
  }
}
