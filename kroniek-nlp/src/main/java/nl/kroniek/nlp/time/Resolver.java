package nl.kroniek.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import nl.kroniek.model.PubDate;

/**
 * Turns a {@link Meaning} into a value given the publication date and how precisely it is known. The rules
 * (documented in docs/extractors/time.md):
 *
 * <ul>
 *   <li>UNKNOWN reference: anything that needs the reference gets a null value.
 *   <li>Relative arithmetic is computed from the first and the last day the reference may be; when both
 *       give the same value it is exact. Otherwise the value is computed from the middle of the reference
 *       interval and coarsened to the reference's precision (never a made-up day), dropping the modifier,
 *       which belonged to the finer unit.
 *   <li>A year-less date takes the latest year in which it starts at most four months after the reference
 *       (so mostly the past, as news reports mostly look back); with a YEAR reference, that year.
 * </ul>
 */
final class Resolver {

  /** How far ahead of the reference a year-less date may lie before the previous year's is chosen. */
  static final int MONTHS_AHEAD = 4;

  /** A resolved value with everything a {@link nl.kroniek.model.fact.TimeExpression} needs except the span. */
  record Resolution(String value, String granularity, String modifier, boolean relative) {}

  private Resolver() {}

  static Resolution resolve(Meaning meaning, String modifier, PubDate reference) {
    try {
      return switch (meaning) {
        case Meaning.Fixed f -> new Resolution(f.value(), f.granularity().label(), modifier, false);
        case Meaning.Unresolved u -> unresolved(u, modifier);
        case Meaning.AnchoredSpan s -> anchored(s, reference);
        case Meaning.YearLess y -> yearLess(y, modifier, reference);
        case Meaning.Relative r -> relative(r, modifier, reference);
        case Meaning.DayRange d -> dayRange(d, modifier, reference);
      };
    } catch (DateTimeException | ArithmeticException e) {
      // Arithmetic left the calendar's range (garbage like "999999999 jaar geleden"): keep the span, no value.
      return unresolved(meaning, modifier);
    }
  }

  /** The last day resolved as usual; the range only when that gave a day (not a coarsened month). */
  private static Resolution dayRange(Meaning.DayRange range, String modifier, PubDate reference) {
    Resolution last = resolve(range.last(), modifier, reference);
    String v = last.value();
    if (v == null || v.length() != 10 || !Granularity.DAY.label().equals(last.granularity())) {
      return last;
    }
    LocalDate end = LocalDate.parse(v);
    if (range.firstDay() >= end.getDayOfMonth()) {
      return last;
    }
    return new Resolution(end.withDayOfMonth(range.firstDay()) + "/" + v, last.granularity(), modifier,
        last.relative());
  }

  private static Resolution unresolved(Meaning meaning, String modifier) {
    return new Resolution(null, meaning.granularity().label(), modifier, true);
  }

  private static Resolution anchored(Meaning.AnchoredSpan span, PubDate reference) {
    if (!reference.isKnown()) {
      return unresolved(span, null);
    }
    String at = switch (reference.precision()) {
      case YEAR, MONTH -> reference.toString();
      default -> reference.firstDay().toString();
    };
    String value = span.endsAtReference() ? span.duration() + "/" + at : at + "/" + span.duration();
    return new Resolution(value, Granularity.DURATION.label(), null, true);
  }

  private static Resolution yearLess(Meaning.YearLess meaning, String modifier, PubDate reference) {
    if (!reference.isKnown()) {
      return unresolved(meaning, modifier);
    }
    CalendarPeriod period;
    if (reference.precision() == PubDate.Precision.YEAR) {
      period = meaning.inYear().apply(reference.firstDay().getYear());
      if (period == null) {
        return unresolved(meaning, modifier);
      }
    } else {
      period = nearestYear(meaning, anchor(reference));
    }
    return period == null ? unresolved(meaning, modifier)
        : new Resolution(period.value(), period.granularity().label(), modifier, true);
  }

  private static CalendarPeriod nearestYear(Meaning.YearLess meaning, LocalDate anchor) {
    LocalDate latestStart = anchor.plusMonths(MONTHS_AHEAD);
    // Three candidate years cover every case; 29 February may need one more step back.
    for (int year = anchor.getYear() + 1; year >= anchor.getYear() - 4; year--) {
      CalendarPeriod p = meaning.inYear().apply(year);
      if (p != null && !p.first().isAfter(latestStart)) {
        return p;
      }
    }
    return null;
  }

  private static Resolution relative(Meaning.Relative meaning, String modifier, PubDate reference) {
    if (!reference.isKnown()) {
      return unresolved(meaning, modifier);
    }
    PubDate.Precision precision = reference.precision();
    if (precision == PubDate.Precision.DAY || precision == PubDate.Precision.INSTANT) {
      return of(meaning.at().apply(reference.firstDay()), meaning, modifier);
    }
    CalendarPeriod early = meaning.at().apply(reference.firstDay());
    CalendarPeriod late = meaning.at().apply(reference.lastDay());
    if (early != null && early.equals(late)) {
      return of(early, meaning, modifier);
    }
    Granularity coarse = precision == PubDate.Precision.MONTH ? Granularity.MONTH : Granularity.YEAR;
    CalendarPeriod guess = meaning.at().apply(anchor(reference));
    if (guess == null) {
      return unresolved(meaning, modifier);
    }
    CalendarPeriod coarsened = guess.coarsenTo(coarse);
    return of(coarsened, meaning, coarsened.equals(guess) ? modifier : null);
  }

  private static Resolution of(CalendarPeriod period, Meaning meaning, String modifier) {
    if (period == null) {
      return unresolved(meaning, modifier); // the day does not exist in that year (29 februari)
    }
    return new Resolution(period.value(), period.granularity().label(), modifier, true);
  }

  /** The day used when only one day can be used: the reference day, or the middle of its interval. */
  private static LocalDate anchor(PubDate reference) {
    LocalDate first = reference.firstDay();
    return switch (reference.precision()) {
      case MONTH -> first.withDayOfMonth(15);
      case YEAR -> first.withDayOfYear(first.lengthOfYear() / 2 + 1);
      default -> first;
    };
  }
}
