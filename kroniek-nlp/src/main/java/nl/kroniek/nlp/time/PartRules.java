package nl.kroniek.nlp.time;

import static nl.kroniek.nlp.time.TimeGrammar.longer;
import static nl.kroniek.nlp.time.TokenPatterns.MAX_YEAR;
import static nl.kroniek.nlp.time.TokenPatterns.MIN_YEAR;
import static nl.kroniek.nlp.time.TokenPatterns.inYear;

import nl.kroniek.nlp.time.TokenPatterns.YearRef;

/**
 * Rules for parts of periods: {@code begin september}, {@code eind vorig jaar}, {@code het einde van het
 * jaar}, {@code de eerste helft van 2017}.
 */
final class PartRules {

  private final TokenStream t;
  private final TokenPatterns p;
  private final CalendarRules calendar;
  private final RelativeRules relative;

  PartRules(TokenStream tokens, TokenPatterns patterns, CalendarRules calendar, RelativeRules relative) {
    this.t = tokens;
    this.p = patterns;
    this.calendar = calendar;
    this.relative = relative;
  }

  /**
   * {@code begin september}, {@code midden oktober}, {@code eind vorig jaar}, {@code half 2016},
   * {@code het begin van de week}, {@code het einde van het jaar}, {@code eind jaren negentig},
   * {@code de eerste helft van 2017} (→ 2017-H1), {@code de tweede helft van oktober} (→ end).
   */
  Match modified(int i) {
    String w = t.word(i);
    String modifier = TimeWords.MODIFIERS.get(w);
    if (modifier != null) {
      int j = i + 1;
      if (t.symbol(j, '-') && t.glued(j) && t.glued(j + 1)) {
        j++;
      }
      Match target = calendarRef(j, w.equals("half"));
      if (target != null) {
        return target.withModifier(modifier);
      }
    }
    int j = t.is(i, "het") || t.is(i, "de") ? i + 1 : i;
    String noun = t.word(j);
    String nounModifier = noun == null ? null : TimeWords.MODIFIER_NOUNS.get(noun);
    if (nounModifier != null && t.is(j + 1, "van")) {
      Match target = calendarRef(j + 2, false);
      return target == null ? null : target.withModifier(nounModifier);
    }
    if (noun != null && (noun.equals("eerste") || noun.equals("tweede") || noun.equals("laatste"))
        && t.is(j + 1, "helft") && t.is(j + 2, "van")) {
      int half = noun.equals("eerste") ? 1 : 2;
      YearRef year = p.yearRef(j + 3, true);
      if (year != null) {
        return new Match(year.end(), inYear(y -> CalendarPeriod.halfYear(y, half), Granularity.HALF_YEAR, year));
      }
      Match target = calendarRef(j + 3, false);
      return target == null ? null : target.withModifier(half == 1 ? "start" : "end");
    }
    return null;
  }

  /**
   * What a modifier can apply to: a month (any case), a year, {@code vorig jaar}, {@code het jaar},
   * {@code deze week}, {@code de maand}, a decade, a season, a quarter. {@code monthOrYear} restricts it
   * for "half", which otherwise is a plain adjective.
   */
  private Match calendarRef(int i, boolean monthOrYear) {
    Match best = calendar.month(i, true);
    int year = p.year(i, MIN_YEAR, MAX_YEAR);
    if (year > 0) {
      best = longer(best, new Match(i + 1, Meaning.Fixed.of(CalendarPeriod.year(year))));
    }
    if (monthOrYear) {
      return best;
    }
    YearRef relativeYear = p.yearRef(i, true);
    if (relativeYear != null && !relativeYear.fixed()) {
      best = longer(best, new Match(relativeYear.end(), inYear(CalendarPeriod::year, Granularity.YEAR, relativeYear)));
    }
    if (t.is(i, "de") && t.is(i + 1, "week")) {
      best = longer(best, new Match(i + 2, new Meaning.Relative(CalendarPeriod::week, Granularity.WEEK)));
    }
    if (t.is(i, "de") && t.is(i + 1, "maand")) {
      best = longer(best, new Match(i + 2, new Meaning.Relative(CalendarPeriod::month, Granularity.MONTH)));
    }
    Match unit = relative.relativeUnit(i);
    if (unit != null && !(unit.meaning() instanceof Meaning.AnchoredSpan)) {
      best = longer(best, unit);
    }
    best = longer(best, calendar.decade(i));
    best = longer(best, calendar.season(i, true));
    best = longer(best, calendar.quarterOrHalf(i));
    return best;
  }

}
