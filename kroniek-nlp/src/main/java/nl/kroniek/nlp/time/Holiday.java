package nl.kroniek.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Dutch (and Belgian) holidays and named days, each computable for a year. */
enum Holiday {
  NEW_YEARS_DAY, VALENTINES_DAY, GOOD_FRIDAY, EASTER, EASTER_MONDAY, KINGS_DAY, QUEENS_DAY,
  REMEMBRANCE_DAY, LIBERATION_DAY, ASCENSION, PENTECOST, WHIT_MONDAY, BUDGET_DAY, HALLOWEEN,
  ALL_SAINTS, ALL_SOULS, SINTERKLAAS_EVE, CHRISTMAS_EVE, CHRISTMAS, BOXING_DAY, NEW_YEARS_EVE;

  /** The day in the given year, or null when the day did not exist then (Koningsdag before 2014). */
  LocalDate in(int year) {
    return switch (this) {
      case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
      case VALENTINES_DAY -> LocalDate.of(year, 2, 14);
      case GOOD_FRIDAY -> easter(year).minusDays(2);
      case EASTER -> easter(year);
      case EASTER_MONDAY -> easter(year).plusDays(1);
      case KINGS_DAY -> year < 2014 ? null : kingsDay(year);
      case QUEENS_DAY -> year > 2013 ? null : LocalDate.of(year, 4, 30);
      case REMEMBRANCE_DAY -> LocalDate.of(year, 5, 4);
      case LIBERATION_DAY -> LocalDate.of(year, 5, 5);
      case ASCENSION -> easter(year).plusDays(39);
      case PENTECOST -> easter(year).plusDays(49);
      case WHIT_MONDAY -> easter(year).plusDays(50);
      // Prinsjesdag: the third Tuesday of September.
      case BUDGET_DAY -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
      case HALLOWEEN -> LocalDate.of(year, 10, 31);
      case ALL_SAINTS -> LocalDate.of(year, 11, 1);
      case ALL_SOULS -> LocalDate.of(year, 11, 2);
      case SINTERKLAAS_EVE -> LocalDate.of(year, 12, 5);
      case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
      case CHRISTMAS -> LocalDate.of(year, 12, 25);
      case BOXING_DAY -> LocalDate.of(year, 12, 26);
      case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
    };
  }

  /** 27 April, or the Saturday before when that is a Sunday. */
  private static LocalDate kingsDay(int year) {
    LocalDate day = LocalDate.of(year, 4, 27);
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
  }

  /** Gregorian Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
