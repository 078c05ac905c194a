package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.api.Test;

/** The reference-precision rules, independent of the grammar. */
class ResolverTest {

  private static final Meaning YESTERDAY =
      new Meaning.Relative(a -> CalendarPeriod.day(a.minusDays(1)), Granularity.DAY);
  private static final Meaning OCTOBER = new Meaning.YearLess(y -> CalendarPeriod.month(y, 10), Granularity.MONTH);

  @Test
  void relativeArithmeticIsExactWhenBothEndsOfTheReferenceAgree() {
    Meaning lastMonth = new Meaning.Relative(a -> CalendarPeriod.month(a.minusMonths(1)), Granularity.MONTH);
    assertThat(Resolver.resolve(lastMonth, "end", PubDate.ofMonth(2017, 11)))
        .isEqualTo(new Resolver.Resolution("2017-10", "month", "end", true));
  }

  @Test
  void relativeArithmeticIsCoarsenedToTheReferenceOtherwise() {
    assertThat(Resolver.resolve(YESTERDAY, "start", PubDate.ofMonth(2017, 11)))
        .isEqualTo(new Resolver.Resolution("2017-11", "month", null, true));
    assertThat(Resolver.resolve(YESTERDAY, null, PubDate.ofYear(2017)))
        .isEqualTo(new Resolver.Resolution("2017", "year", null, true));
    assertThat(Resolver.resolve(YESTERDAY, null, PubDate.UNKNOWN))
        .isEqualTo(new Resolver.Resolution(null, "day", null, true));
  }

  @Test
  void yearLessValuesTakeTheLatestYearStartingAtMostFourMonthsAhead() {
    assertThat(Resolver.resolve(OCTOBER, null, PubDate.ofDay(LocalDate.of(2017, 6, 1))).value())
        .isEqualTo("2017-10");
    assertThat(Resolver.resolve(OCTOBER, null, PubDate.ofDay(LocalDate.of(2017, 5, 31))).value())
        .isEqualTo("2016-10");
    assertThat(Resolver.resolve(OCTOBER, null, PubDate.ofYear(2017)).value()).isEqualTo("2017-10");
  }

  @Test
  void anchoredSpansUseTheReferenceAtItsOwnPrecision() {
    Meaning lastWeeks = new Meaning.AnchoredSpan("PXW", true);
    Meaning nextYears = new Meaning.AnchoredSpan("PXY", false);
    assertThat(Resolver.resolve(lastWeeks, null, PubDate.ofMonth(2017, 9)).value()).isEqualTo("PXW/2017-09");
    assertThat(Resolver.resolve(nextYears, null, PubDate.parse("2017-09-03T23:00:00+02:00")).value())
        .isEqualTo("2017-09-03/PXY");
  }

  @Test
  void fixedValuesIgnoreTheReference() {
    Meaning fixed = new Meaning.Fixed("P4M", Granularity.DURATION);
    assertThat(Resolver.resolve(fixed, null, PubDate.UNKNOWN))
        .isEqualTo(new Resolver.Resolution("P4M", "duration", null, false));
  }
}
