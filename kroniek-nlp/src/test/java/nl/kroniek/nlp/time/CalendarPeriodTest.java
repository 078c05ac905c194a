package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

  @Test
  void valuesFollowTimex3() {
    assertThat(CalendarPeriod.day(LocalDate.of(2017, 3, 5)).value()).isEqualTo("2017-03-05");
    assertThat(CalendarPeriod.month(2017, 3).value()).isEqualTo("2017-03");
    assertThat(CalendarPeriod.quarter(2017, 3).value()).isEqualTo("2017-Q3");
    assertThat(CalendarPeriod.season(2017, Season.AUTUMN).value()).isEqualTo("2017-FA");
    assertThat(CalendarPeriod.halfYear(2017, 2).value()).isEqualTo("2017-H2");
    assertThat(CalendarPeriod.year(987).value()).isEqualTo("0987");
    assertThat(CalendarPeriod.decade(1994).value()).isEqualTo("199");
  }

  @Test
  void weeksUseTheIsoWeekBasedYear() {
    // 1 January 2016 is a Friday in week 53 of 2015.
    assertThat(CalendarPeriod.week(LocalDate.of(2016, 1, 1)).value()).isEqualTo("2015-W53");
    assertThat(CalendarPeriod.week(LocalDate.of(2017, 10, 18)).value()).isEqualTo("2017-W42");
    assertThat(CalendarPeriod.weekend(LocalDate.of(2017, 10, 18)).value()).isEqualTo("2017-W42-WE");
  }

  @Test
  void winterRunsIntoTheNextYear() {
    CalendarPeriod winter = CalendarPeriod.season(2017, Season.WINTER);
    assertThat(winter.first()).isEqualTo(LocalDate.of(2017, 12, 1));
    assertThat(winter.last()).isEqualTo(LocalDate.of(2018, 2, 28));
  }

  @Test
  void coarseningUsesTheMiddleOfThePeriod() {
    // Week 44 of 2017 runs from Monday 30 October to Sunday 5 November; its middle is in November.
    CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2017, 11, 1));
    assertThat(week.coarsenTo(Granularity.MONTH).value()).isEqualTo("2017-11");
    assertThat(week.coarsenTo(Granularity.YEAR).value()).isEqualTo("2017");
    assertThat(CalendarPeriod.year(2017).coarsenTo(Granularity.MONTH).value()).isEqualTo("2017");
  }
}
