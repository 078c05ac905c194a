package nl.kroniek.nlp.time;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What a matched expression means before it is resolved against a publication date. The grammar builds
 * meanings; {@link Resolver} turns them into values, which keeps the rules for reference precision in one
 * place.
 */
sealed interface Meaning {

  /** Granularity reported when no value can be given. */
  Granularity granularity();

  /** Written in full, needs no reference: {@code 15 oktober 2017}, {@code P4M}, {@code 2016/2018}. */
  record Fixed(String value, Granularity granularity) implements Meaning {
    static Fixed of(CalendarPeriod period) {
      return new Fixed(period.value(), period.granularity());
    }
  }

  /**
   * A calendar thing without a year ({@code 15 oktober}, {@code het derde kwartaal}, {@code deze zomer});
   * the function gives it in a given year, or null when it does not exist that year (29 februari).
   */
  record YearLess(IntFunction<CalendarPeriod> inYear, Granularity granularity) implements Meaning {}

  /** Computed from the reference day ({@code gisteren}, {@code vorige week}, {@code drie jaar geleden}). */
  record Relative(Function<LocalDate, CalendarPeriod> at, Granularity granularity) implements Meaning {}

  /**
   * A stretch of time that ends ({@code de afgelopen weken}) or starts ({@code de komende jaren}) at the
   * reference; {@code duration} is its ISO-8601 length, possibly vague ({@code PXW}).
   */
  record AnchoredSpan(String duration, boolean endsAtReference) implements Meaning {
    @Override
    public Granularity granularity() {
      return Granularity.DURATION;
    }
  }

  /**
   * Days of one month: {@code 8 tot en met 10 april} → {@code 2019-04-08/2019-04-10}. The last day carries
   * the month and year ({@code last}); the first is its day of the month.
   */
  record DayRange(int firstDay, Meaning last) implements Meaning {
    @Override
    public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** Relative, but not computable ({@code enkele dagen geleden}). */
  record Unresolved(Granularity granularity) implements Meaning {}
}
