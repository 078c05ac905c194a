package nl.kroniek.nlp.time;

import static nl.kroniek.nlp.time.TokenPatterns.JOINERS;
import static nl.kroniek.nlp.time.TokenPatterns.MAX_BARE_YEAR;
import static nl.kroniek.nlp.time.TokenPatterns.MAX_YEAR;
import static nl.kroniek.nlp.time.TokenPatterns.MIN_BARE_YEAR;
import static nl.kroniek.nlp.time.TokenPatterns.MIN_YEAR;
import static nl.kroniek.nlp.time.TokenPatterns.inYear;
import static nl.kroniek.nlp.time.TokenPatterns.isApostrophe;
import static nl.kroniek.nlp.time.TokenPatterns.ordinalSuffix;
import static nl.kroniek.nlp.time.TokenStream.NUMBER;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import nl.kroniek.nlp.time.TokenPatterns.YearRef;

/**
 * Rules for calendar expressions written out: dates ({@code 15 oktober 2017}, {@code 15-10-2017}), months,
 * years in a year context, year ranges, decades, seasons, quarters and half-years, ISO weeks and holidays.
 */
final class CalendarRules {

  private final TokenStream t;
  private final TokenPatterns p;

  CalendarRules(TokenStream tokens, TokenPatterns patterns) {
    this.t = tokens;
    this.p = patterns;
  }

  /** {@code 2017-10-15}, {@code 15-10-2017}, {@code 15/10/2017}, {@code 15.10.2017}. */
  Match numericDate(int i) {
    if (!p.leftFree(i)) {
      return null;
    }
    char sep = t.symbolChar(i + 1);
    if (JOINERS.indexOf(sep) < 0 || sep == ',' || sep == ':' || !t.glued(i + 1) || !t.glued(i + 2)
        || !t.symbol(i + 3, sep) || !t.glued(i + 3) || !t.glued(i + 4) || !p.rightFree(i + 4)) {
      return null;
    }
    int a = t.number(i);
    int b = t.number(i + 2);
    int c = t.number(i + 4);
    LocalDate date;
    if (sep == '-' && t.digits(i) == 4 && t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2) {
      date = date(a, b, c);
    } else if (t.digits(i) <= 2 && t.digits(i + 2) <= 2 && t.digits(i + 4) == 4) {
      date = date(c, b, a);
    } else {
      return null;
    }
    return date == null ? null : new Match(i + 5, Meaning.Fixed.of(CalendarPeriod.day(date)));
  }

  /** {@code 15 oktober [2017]}, {@code dinsdag 15 okt.}, {@code 1e januari}, {@code 1 januari volgend jaar}. */
  Match dayMonth(int i) {
    int j = i;
    if (TimeWords.WEEKDAYS.containsKey(t.word(j))) {
      j = t.symbol(j + 1, ',') ? j + 2 : j + 1;
    }
    int day = t.number(j);
    if (t.kind(j) != NUMBER || t.digits(j) > 2 || day < 1 || day > 31 || !p.leftFree(j)) {
      return null;
    }
    int k = j + 1;
    if (t.glued(k)) {
      if (!ordinalSuffix(t.word(k)) || t.glued(k + 1)) {
        return null;
      }
      k++; // "15de juni", "1e januari"
    }
    String w = t.word(k);
    Integer month = TimeWords.MONTHS.get(w);
    int end = k + 1;
    if (month == null) {
      month = TimeWords.MONTH_ABBREVIATIONS.get(w);
      if (month == null) {
        return null;
      }
      if (t.symbol(end, '.') && t.glued(end)) {
        end++;
      }
    }
    if (day > Month.of(month).maxLength()) {
      return null;
    }
    int m = month;
    YearRef year = p.yearSuffix(end);
    Meaning meaning = inYear(y -> day > Month.of(m).length(Year.isLeap(y)) ? null
        : CalendarPeriod.day(LocalDate.of(y, m, day)), Granularity.DAY, year);
    return meaning == null ? null : new Match(year == null ? end : year.end(), meaning);
  }

  /**
   * {@code 8 tot en met 10 april}, {@code 17 t/m 19 juli 2019}, {@code 3 tot 5 mei}: days of one month,
   * resolved as the last date with the first day in front.
   */
  Match dayRange(int i) {
    int first = t.number(i);
    if (t.kind(i) != NUMBER || t.digits(i) > 2 || first < 1 || first > 30 || !p.leftFree(i)) {
      return null;
    }
    int k = i + 1;
    if (t.glued(k) && ordinalSuffix(t.word(k))) {
      k++;
    }
    if (t.is(k, "tot") && t.is(k + 1, "en") && t.is(k + 2, "met")) {
      k += 3;
    } else if (t.is(k, "t") && t.symbol(k + 1, '/') && t.is(k + 2, "m")) {
      k += 3;
    } else if (t.is(k, "tot")) {
      k++;
    } else {
      return null; // "12-14 juni" reads as a date pair of digits too easily (scores, numbers); left out
    }
    if (t.kind(k) != NUMBER || t.number(k) <= first) {
      return null;
    }
    Match last = dayMonth(k);
    return last == null ? null : new Match(last.end(), new Meaning.DayRange(first, last.meaning()));
  }

  /**
   * A month name, with an optional year ({@code oktober 2017}, {@code oktober vorig jaar}). Standing alone,
   * a capitalised month mid-sentence is taken for a name ({@code Augustus}, {@code Mei}) unless in context.
   */
  Match month(int i, boolean inContext) {
    Integer month = TimeWords.MONTHS.get(t.word(i));
    if (month == null || p.hyphenated(i)) {
      return null;
    }
    YearRef year = p.yearSuffix(i + 1);
    if (year == null && !inContext && !(t.lowerCase(i) || t.sentenceStart(i))) {
      return null;
    }
    int m = month;
    Meaning meaning = inYear(y -> CalendarPeriod.month(y, m), Granularity.MONTH, year);
    return new Match(year == null ? i + 1 : year.end(), meaning);
  }

  /** {@code afgelopen november} (the latest November before this month), {@code komende maart}. */
  Match directedMonth(int i) {
    String w = t.word(i);
    boolean back = TimeWords.PREVIOUS.contains(w);
    if (!back && !TimeWords.NEXT.contains(w)) {
      return null;
    }
    Integer month = TimeWords.MONTHS.get(t.word(i + 1));
    if (month == null || p.hyphenated(i + 1)) {
      return null;
    }
    int m = month;
    IntFunction<CalendarPeriod> inYear = y -> CalendarPeriod.month(y, m);
    return new Match(i + 2, new Meaning.Relative(
        a -> back ? CalendarPeriod.lastEnded(inYear, a) : CalendarPeriod.nextStarting(inYear, a), Granularity.MONTH));
  }

  /** {@code het jaar 2016}, {@code jaar 2016}, {@code anno 2017}. */
  Match yearPhrase(int i) {
    int j = t.is(i, "het") ? i + 1 : i;
    if (!t.is(j, "jaar") && !(j == i && t.is(j, "anno"))) {
      return null;
    }
    if (j == i && (t.is(i - 1, "per") || p.count(i - 1) != null)) {
      return null; // "per jaar 2000 aanvragen", "twee jaar 1800 euro"
    }
    int year = p.year(j + 1, MIN_YEAR, MAX_YEAR);
    return year < 0 ? null : new Match(j + 2, Meaning.Fixed.of(CalendarPeriod.year(year)), null, true);
  }

  /**
   * A bare year in a year context: after a preposition ({@code in 2016}, {@code sinds 1999},
   * {@code t/m 2018}) or continuing a list of years (the last accepted one ended at {@code lastYearToken}),
   * between 1800 and 2100, and not followed by a unit that makes it an amount ({@code van 2000 euro}).
   */
  Match contextYear(int i, int lastYearToken) {
    int year = p.year(i, MIN_BARE_YEAR, MAX_BARE_YEAR);
    if (year < 0) {
      year = oldYear(i);
    }
    if (year < 0 || !yearContextBefore(i, lastYearToken) || p.amountAfter(i + 1)) {
      return null;
    }
    return new Match(i + 1, Meaning.Fixed.of(CalendarPeriod.year(year)), null, true);
  }

  /**
   * A year before 1800 ({@code vergaan rond 1540}, {@code een munt uit 1543}): numbers in that range are
   * mostly amounts, so only right after a time preposition and when nothing that could be counted follows
   * (the sentence ends, or an article or verb goes on: {@code tot 1548 een kopermijn}).
   */
  private int oldYear(int i) {
    int year = p.year(i, MIN_YEAR, MIN_BARE_YEAR - 1);
    if (year < 0 || !OLD_YEAR_PREPOSITIONS.contains(t.word(i - 1))) {
      return -1;
    }
    char after = t.symbolChar(i + 1);
    boolean ends = !t.has(i + 1) || after == '.' || after == ',' || after == ';' || after == ')' || after == ':';
    return ends || OLD_YEAR_FOLLOWERS.contains(t.word(i + 1)) ? year : -1;
  }

  private static final Set<String> OLD_YEAR_PREPOSITIONS = TimeWords.nullSafe(Set.of("in", "uit", "rond",
      "omstreeks", "sinds", "sedert", "vanaf", "tot", "anno", "circa"));
  private static final Set<String> OLD_YEAR_FOLLOWERS = TimeWords.nullSafe(Set.of("een", "de", "het", "en", "of",
      "toen", "werd", "werden", "was", "waren", "is", "zijn", "had", "hadden", "heeft", "al", "nog", "in", "op",
      "aan", "door"));

  private boolean yearContextBefore(int i, int lastYearToken) {
    String before = t.word(i - 1);
    if (before != null && TimeWords.HEDGES.contains(before)) {
      String hedged = t.word(i - 2); // "vanaf ongeveer 1960", "tot uiterlijk 2030"
      if (hedged != null && TimeWords.YEAR_PREPOSITIONS.contains(hedged) && !hedged.equals("jaar")) {
        return true;
      }
    }
    if (before != null && TimeWords.YEAR_PREPOSITIONS.contains(before)) {
      return !before.equals("jaar") || !(t.is(i - 2, "per") || p.count(i - 2) != null); // not "per jaar 2000"
    }
    if (before != null && before.length() > 4 && before.endsWith("jaar")) {
      return true; // boekjaar 2017, bouwjaar 1956
    }
    if ("aan".equals(before) && t.is(i - 2, "tot")
        || "met".equals(before) && (t.is(i - 2, "vergeleken") || t.is(i - 2, "vergelijking"))) {
      return true; // "tot aan 2030", "vergeleken met 2007"
    }
    if (t.symbol(i - 1, '(') && t.glued(i) && t.symbol(i + 1, ')') && t.glued(i + 1)) {
      return true; // "Collapse (2005)", "Kahn (1952)"
    }
    if ("m".equals(before) && t.symbol(i - 2, '/') && t.is(i - 3, "t")) {
      return true; // t/m 2018
    }
    if ("met".equals(before) && t.is(i - 2, "en") && t.is(i - 3, "tot")) {
      return true;
    }
    boolean listSeparator = t.symbol(i - 1, ',') || "en".equals(before) || "of".equals(before);
    return listSeparator && lastYearToken == i - 2;
  }

  /**
   * Year ranges: {@code 2016-2017}, {@code 2016/17}, {@code van 2016 tot [en met] 2018},
   * {@code tussen 2016 en 2018}, {@code de jaren 2004 tot en met 2007}. Value {@code 2016/2018} (an ISO-8601
   * interval of years).
   */
  Match yearRange(int i) {
    if (t.is(i, "van") || t.is(i, "tussen")) {
      boolean between = t.is(i, "tussen");
      int from = p.year(i + 1, MIN_BARE_YEAR, MAX_BARE_YEAR);
      if (from < 0) {
        return null;
      }
      int j = i + 2;
      if (between) {
        if (!t.is(j, "en")) {
          return null;
        }
        j++;
      } else if (t.is(j, "tot") && t.is(j + 1, "en") && t.is(j + 2, "met")) {
        j += 3;
      } else if (t.is(j, "t") && t.symbol(j + 1, '/') && t.is(j + 2, "m")) {
        j += 3;
      } else if (t.is(j, "tot")) {
        j++;
      } else {
        return null;
      }
      int to = p.year(j, MIN_BARE_YEAR, MAX_BARE_YEAR);
      return to > from && !p.amountAfter(j + 1) ? range(from, to, j + 1) : null;
    }
    int from = p.year(i, MIN_BARE_YEAR, MAX_BARE_YEAR);
    if (from > 0 && (TimeWords.YEAR_PREPOSITIONS.contains(t.word(i - 1)) || t.is(i - 1, "jaren"))) {
      // "in de jaren 2004 tot en met 2007", "sinds 2010 tot 2015"
      int j = i + 1;
      if (t.is(j, "tot") && t.is(j + 1, "en") && t.is(j + 2, "met") || t.is(j, "t") && t.symbol(j + 1, '/')
          && t.is(j + 2, "m")) {
        j += 3;
      } else if (t.is(j, "tot")) {
        j++;
      }
      int to = j > i + 1 ? p.year(j, MIN_BARE_YEAR, MAX_BARE_YEAR) : -1;
      if (to > from && !p.amountAfter(j + 1)) {
        return range(from, to, j + 1);
      }
    }
    char sep = t.symbolChar(i + 1);
    if (from < 0 && !(t.kind(i) == NUMBER && t.digits(i) == 4 && t.glued(i + 1) && p.leftFree(i))
        || sep != '-' && sep != '–' && sep != '/') {
      return null;
    }
    if (from < 0) {
      from = t.number(i); // 2016-2017: the dash made the first number look glued
      if (from < MIN_BARE_YEAR || from > MAX_BARE_YEAR) {
        return null;
      }
    }
    boolean tight = t.glued(i + 1) && t.glued(i + 2);
    if (!tight && (t.glued(i + 1) || t.glued(i + 2) || sep == '/')) {
      return null; // "2016 -2017" is odd; "2016 / 2017" too
    }
    int n = t.number(i + 2);
    int to;
    if (t.digits(i + 2) == 4) {
      to = n;
    } else if (t.digits(i + 2) == 2 && tight) {
      to = from / 100 * 100 + n;
    } else {
      return null;
    }
    if (to <= from || to - from > 100 || !p.rightFree(i + 2) || p.amountAfter(i + 3)) {
      return null;
    }
    return range(from, to, i + 3);
  }

  private static Match range(int from, int to, int end) {
    return new Match(end, new Meaning.Fixed(from + "/" + to, Granularity.YEAR), null, true);
  }

  /**
   * {@code de zeventiende eeuw}, {@code de 17e eeuw}, {@code de 17de eeuw} → {@code 16} (the years 1600–1699,
   * ISO-8601's century), whatever the publication date.
   */
  Match century(int i) {
    if (!t.is(i, "de")) {
      return null;
    }
    int k = i + 1;
    Integer n = TimeWords.CENTURY_ORDINALS.get(t.word(k));
    if (n == null && t.kind(k) == NUMBER && t.digits(k) <= 2 && t.glued(k + 1) && ordinalSuffix(t.word(k + 1))) {
      n = t.number(k);
      k++;
    }
    if (n == null || n < 1 || n > 21 || !t.is(k + 1, "eeuw")) {
      return null;
    }
    return new Match(k + 2, new Meaning.Fixed(String.format(Locale.ROOT, "%02d", n - 1),
        Granularity.CENTURY));
  }

  /**
   * {@code de jaren negentig}, {@code de jaren '90}, {@code jaren 90}, {@code de jaren 1990} → {@code 199};
   * twintig..negentig mean the 1900s unless {@code van deze eeuw} follows.
   */
  Match decade(int i) {
    int j = t.is(i, "de") ? i + 1 : i;
    if (!t.is(j, "jaren")) {
      return null;
    }
    int k = j + 1;
    int decade;
    int tens = NumberWords.tens(t.word(k));
    if (tens > 0) {
      decade = 190 + tens;
    } else if (t.is(k, "nul")) {
      decade = 200;
    } else {
      if (isApostrophe(t.symbolChar(k)) && t.glued(k + 1)) {
        k++;
      }
      int n = t.number(k);
      if (t.digits(k) == 2 && n % 10 == 0 && (n >= 20 || n == 0 && k > j + 1)) {
        decade = n == 0 ? 200 : 190 + n / 10;
      } else if (t.digits(k) == 4 && n % 10 == 0 && n >= MIN_YEAR && n <= MAX_YEAR) {
        decade = n / 10;
      } else {
        return null;
      }
      if (!p.rightFree(k)) {
        return null;
      }
    }
    k++;
    // "van de vorige eeuw" confirms the default; "van deze eeuw" moves it up a century.
    if (t.is(k, "van") && t.is(k + 2, "eeuw")) {
      if (t.is(k + 1, "deze")) {
        decade += decade < 200 ? 10 : 0;
        k += 3;
      }
    } else if (t.is(k, "van") && t.is(k + 1, "de") && t.is(k + 3, "eeuw")) {
      String which = t.word(k + 2);
      if ("vorige".equals(which) || "twintigste".equals(which)) {
        k += 4;
      } else if ("negentiende".equals(which)) {
        decade -= 10;
        k += 4;
      } else if ("eenentwintigste".equals(which)) {
        decade += decade < 200 ? 10 : 0;
        k += 4;
      }
    }
    return new Match(k, new Meaning.Fixed(Integer.toString(decade), Granularity.DECADE));
  }

  /**
   * {@code deze zomer}, {@code afgelopen winter}, {@code komend voorjaar}, {@code zomer 2016},
   * {@code het voorjaar van 2016}, {@code na de zomer} (the nearest summer, like a month without a year;
   * generic uses such as "in de winter vriest het" get a value too). Without article or year, a season
   * word is only read after a modifier ({@code eind zomer}).
   */
  Match season(int i, boolean inContext) {
    int j = i;
    boolean article = t.is(j, "de") || t.is(j, "het");
    if (article) {
      j++;
    }
    String w = t.word(j);
    int direction = Integer.MIN_VALUE;
    if (w != null && TimeWords.PREVIOUS.contains(w)) {
      direction = -1;
    } else if (w != null && TimeWords.NEXT.contains(w)) {
      direction = 1;
    } else if (w != null && TimeWords.THIS.contains(w) && !article) {
      direction = 0;
    }
    if (direction != Integer.MIN_VALUE) {
      j++;
    }
    Season season = TimeWords.SEASONS.get(t.word(j));
    if (season == null || p.hyphenated(j)) {
      return null; // "de zomer- en wintertijd"
    }
    int end = j + 1;
    IntFunction<CalendarPeriod> inYear = y -> CalendarPeriod.season(y, season);
    if (direction == Integer.MIN_VALUE) {
      YearRef year = p.yearSuffix(end);
      if (year != null) {
        return new Match(year.end(), inYear(inYear, Granularity.SEASON, year));
      }
      return article || inContext ? new Match(end, new Meaning.YearLess(inYear, Granularity.SEASON)) : null;
    }
    Meaning meaning = switch (direction) {
      case -1 -> new Meaning.Relative(a -> CalendarPeriod.lastEnded(inYear, a), Granularity.SEASON);
      case 1 -> new Meaning.Relative(a -> CalendarPeriod.nextStarting(inYear, a), Granularity.SEASON);
      default -> new Meaning.YearLess(inYear, Granularity.SEASON);
    };
    return new Match(end, meaning);
  }

  /**
   * {@code het derde kwartaal [van 2016]}, {@code 3e kwartaal}, {@code Q3 2017}, {@code het laatste
   * kwartaal}, {@code het eerste halfjaar}, {@code de tweede jaarhelft}.
   */
  Match quarterOrHalf(int i) {
    if (t.is(i, "q") && t.capitalized(i)) {
      int n = t.number(i + 1);
      if (!t.glued(i + 1) || t.digits(i + 1) != 1 || n < 1 || n > 4 || !p.rightFree(i + 1)) {
        return null;
      }
      YearRef year = p.yearSuffix(i + 2);
      return new Match(year == null ? i + 2 : year.end(),
          inYear(y -> CalendarPeriod.quarter(y, n), Granularity.QUARTER, year));
    }
    int j = t.is(i, "het") || t.is(i, "de") ? i + 1 : i;
    int ordinal;
    int k;
    String w = t.word(j);
    if (w != null && TimeWords.ORDINALS.containsKey(w)) {
      ordinal = TimeWords.ORDINALS.get(w);
      k = j + 1;
    } else if ("laatste".equals(w)) {
      ordinal = Integer.MAX_VALUE;
      k = j + 1;
    } else if (t.kind(j) == NUMBER && t.digits(j) == 1 && t.glued(j + 1) && ordinalSuffix(t.word(j + 1))) {
      ordinal = t.number(j);
      k = j + 2;
    } else {
      return null;
    }
    String unit = t.word(k);
    IntFunction<CalendarPeriod> inYear;
    Granularity granularity;
    if ("kwartaal".equals(unit)) {
      int q = ordinal == Integer.MAX_VALUE ? 4 : ordinal;
      if (q < 1 || q > 4) {
        return null;
      }
      inYear = y -> CalendarPeriod.quarter(y, q);
      granularity = Granularity.QUARTER;
    } else if ("halfjaar".equals(unit) || "jaarhelft".equals(unit)) {
      int h = ordinal == Integer.MAX_VALUE ? 2 : ordinal;
      if (h < 1 || h > 2) {
        return null;
      }
      inYear = y -> CalendarPeriod.halfYear(y, h);
      granularity = Granularity.HALF_YEAR;
    } else {
      return null;
    }
    YearRef year = p.yearSuffix(k + 1);
    return new Match(year == null ? k + 1 : year.end(), inYear(inYear, granularity, year));
  }

  /** {@code week 42 [2017]}: an ISO week number. */
  Match isoWeek(int i) {
    if (!t.is(i, "week") || t.kind(i + 1) != NUMBER || t.digits(i + 1) > 2 || !p.leftFree(i + 1)
        || !p.rightFree(i + 1) || p.count(i - 1) != null) {
      return null;
    }
    int week = t.number(i + 1);
    if (week < 1 || week > 53 || p.amountAfter(i + 2)) {
      return null;
    }
    YearRef year = p.yearSuffix(i + 2);
    IntFunction<CalendarPeriod> inYear = y -> {
      LocalDate mid = LocalDate.of(y, 6, 1);
      if (week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return null;
      }
      return CalendarPeriod.week(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
    };
    Meaning meaning = inYear(inYear, Granularity.WEEK, year);
    return meaning == null ? null : new Match(year == null ? i + 2 : year.end(), meaning);
  }

  /** {@code Kerstmis}, {@code Pasen 2018}, {@code tweede kerstdag}, {@code de jaarwisseling}, ... */
  Match holiday(int i) {
    int j = t.is(i, "de") ? i + 1 : i;
    String w = t.word(j);
    if (w == null) {
      return null;
    }
    Holiday holiday = null;
    int end = j + 1;
    if (TimeWords.HOLIDAYS.containsKey(w)) {
      if (TimeWords.CAPITALISED_HOLIDAYS.contains(w) && !t.capitalized(j)) {
        return null;
      }
      holiday = TimeWords.HOLIDAYS.get(w);
    } else if (w.equals("eerste") || w.equals("tweede")) {
      String day = t.word(j + 1);
      holiday = day == null ? null
          : (w.equals("eerste") ? TimeWords.FIRST_DAYS : TimeWords.SECOND_DAYS).get(day);
      end = j + 2;
    } else if (w.equals("goede") && t.capitalized(j) && t.is(j + 1, "vrijdag")) {
      holiday = Holiday.GOOD_FRIDAY;
      end = j + 2;
    } else if (w.equals("oud") && t.is(j + 1, "en") && t.is(j + 2, "nieuw")) {
      holiday = Holiday.NEW_YEARS_EVE;
      end = j + 3;
    }
    if (holiday == null || j > i && !(w.equals("jaarwisseling") || w.equals("kerst"))) {
      return null;
    }
    Holiday h = holiday;
    YearRef year = p.yearSuffix(end);
    Meaning meaning = inYear(y -> {
      LocalDate d = h.in(y);
      return d == null ? null : CalendarPeriod.day(d);
    }, Granularity.DAY, year);
    return meaning == null ? null : new Match(year == null ? end : year.end(), meaning);
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

}
