package nl.kroniek.nlp.time;

import static nl.kroniek.nlp.time.TokenStream.NUMBER;
import static nl.kroniek.nlp.time.TokenStream.WORD;

/**
 * The Dutch time grammar: hand-written rules, each anchored at one token and looking a few tokens ahead
 * (and one to three back for context). {@link #longestAt(int)} tries the rules that can start at a token
 * and returns the longest match. Rules build {@link Meaning}s; they never look at the publication date.
 */
final class TimeGrammar {

  private final TokenStream t;
  private final CalendarRules calendar;
  private final RelativeRules relative;
  private final DurationRules durations;
  private final PartRules parts;
  /** Token index of the last accepted year, so that {@code in 2014, 2015 en 2016} continues the list. */
  private int lastYearToken = Integer.MIN_VALUE;

  TimeGrammar(TokenStream tokens) {
    this.t = tokens;
    TokenPatterns patterns = new TokenPatterns(tokens);
    this.calendar = new CalendarRules(tokens, patterns);
    this.relative = new RelativeRules(tokens, patterns);
    this.durations = new DurationRules(tokens, patterns);
    this.parts = new PartRules(tokens, patterns, calendar, relative);
  }

  /** Records a match the caller accepted (it resumes scanning after it). */
  void accepted(Match m) {
    if (m.year() || t.digits(m.end() - 1) == 4) {
      lastYearToken = m.end() - 1;
    }
  }

  /** The longest match starting at token {@code i}, or null. */
  Match longestAt(int i) {
    byte kind = t.kind(i);
    Match best = null;
    if (kind == NUMBER) {
      best = longer(best, calendar.numericDate(i));
      best = longer(best, calendar.dayMonth(i));
      best = longer(best, calendar.dayRange(i));
      best = longer(best, calendar.yearRange(i));
      best = longer(best, calendar.contextYear(i, lastYearToken));
      best = longer(best, relative.ago(i));
      best = longer(best, durations.duration(i));
      return best;
    }
    if (kind != WORD || !TimeWords.canStart(t.word(i))) {
      return null; // most words: one hash lookup
    }
    best = longer(best, calendar.dayMonth(i));
    best = longer(best, calendar.month(i, false));
    best = longer(best, calendar.directedMonth(i));
    best = longer(best, calendar.yearPhrase(i));
    best = longer(best, calendar.yearRange(i));
    best = longer(best, calendar.decade(i));
    best = longer(best, calendar.century(i));
    best = longer(best, calendar.season(i, false));
    best = longer(best, calendar.quarterOrHalf(i));
    best = longer(best, calendar.isoWeek(i));
    best = longer(best, calendar.holiday(i));
    best = longer(best, relative.deicticDay(i));
    best = longer(best, relative.weekday(i));
    best = longer(best, relative.weekdayOfWeek(i));
    best = longer(best, relative.relativeUnit(i));
    best = longer(best, relative.anchoredSpan(i));
    best = longer(best, relative.ago(i));
    best = longer(best, relative.in(i));
    best = longer(best, durations.duration(i));
    best = longer(best, parts.modified(i));
    return best;
  }

  /** The longer of two matches starting at the same token; the earlier-tried one on a tie. */
  static Match longer(Match best, Match candidate) {
    return candidate != null && (best == null || candidate.end() > best.end()) ? candidate : best;
  }
}
