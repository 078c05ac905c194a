package nl.kroniek.nlp.time;

import static nl.kroniek.nlp.time.TokenPatterns.weekShift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.function.Function;
import nl.kroniek.nlp.time.TokenPatterns.Count;

/**
 * Rules for expressions counted from the publication date: {@code gisteren}, weekdays, {@code vorige week},
 * {@code de afgelopen weken}, {@code twee jaar geleden}, {@code over drie weken}.
 */
final class RelativeRules {

  /** No one counts a time shift beyond this; larger counts are garbage, not time. */
  private static final double MAX_SHIFT = 5000;

  private final TokenStream t;
  private final TokenPatterns p;

  RelativeRules(TokenStream tokens, TokenPatterns patterns) {
    this.t = tokens;
    this.p = patterns;
  }

  /** {@code gisteren}, {@code vanavond}, {@code morgen}, {@code eergisteren}, ... */
  Match deicticDay(int i) {
    String w = t.word(i);
    if (("deze".equals(w) || "afgelopen".equals(w) && t.is(i + 1, "nacht"))
        && TimeWords.DAY_PARTS.contains(t.word(i + 1))) {
      // "deze avond", "afgelopen nacht": today, like vanavond and vannacht
      return new Match(i + 2, new Meaning.Relative(CalendarPeriod::day, Granularity.DAY));
    }
    Integer offset = TimeWords.DEICTIC_DAYS.get(w);
    if (offset == null) {
      return null;
    }
    if (w.equals("morgen") && !tomorrow(i)) {
      return null;
    }
    if (w.equals("vandaag") && t.is(i + 1, "de") && t.is(i + 2, "dag")) {
      return null; // "vandaag de dag" = nowadays
    }
    long days = offset;
    return new Match(i + 1, new Meaning.Relative(a -> CalendarPeriod.day(a.plusDays(days)), Granularity.DAY));
  }

  /** "morgen" is also "morning" ({@code de morgen}, {@code 's morgens}) and a newspaper ({@code De Morgen}). */
  private boolean tomorrow(int i) {
    String before = t.word(i - 1);
    if (before != null && (before.equals("de") || before.equals("die") || before.equals("deze")
        || before.equals("een") || before.equals("elke") || before.equals("iedere") || before.equals("goede")
        || before.equals("s") || before.equals("goeie") || TimeWords.WEEKDAYS.containsKey(before))) {
      return false;
    }
    return !t.capitalized(i) || t.sentenceStart(i);
  }

  /**
   * Weekdays: bare ({@code dinsdag}: the latest on or before the reference), back ({@code afgelopen
   * dinsdag}, {@code dinsdag jongstleden}: strictly before) or ahead ({@code komende vrijdag},
   * {@code vrijdag aanstaande}: strictly after).
   */
  Match weekday(int i) {
    String w = t.word(i);
    int direction = 0;
    int j = i;
    if (TimeWords.PREVIOUS.contains(w)) {
      direction = -1;
      j++;
    } else if (TimeWords.NEXT.contains(w)) {
      direction = 1;
      j++;
    } else if ("deze".equals(w)) {
      direction = 2;
      j++;
    }
    DayOfWeek day = TimeWords.WEEKDAYS.get(t.word(j));
    if (day == null || direction == 0 && recurring(i)) {
      return null; // "elke zaterdag" is a recurring set, "die zaterdag" an anaphor: neither is dated
    }
    int end = j + 1;
    if (direction == 0) {
      String after = t.word(end);
      if ("jongstleden".equals(after) || "jl".equals(after)) {
        direction = -1;
        end = t.symbol(end + 1, '.') && t.glued(end + 1) ? end + 2 : end + 1;
      } else if ("aanstaande".equals(after)) {
        direction = 1;
        end++;
      }
    }
    if (direction == 0 && futureClause(i, end)) {
      direction = 3;
    }
    Function<LocalDate, LocalDate> pick = switch (direction) {
      case -1 -> a -> a.with(TemporalAdjusters.previous(day));
      case 1 -> a -> a.with(TemporalAdjusters.next(day));
      case 2 -> a -> a.with(day);
      case 3 -> a -> a.with(TemporalAdjusters.nextOrSame(day));
      default -> a -> a.with(TemporalAdjusters.previousOrSame(day));
    };
    return new Match(end, new Meaning.Relative(a -> CalendarPeriod.day(pick.apply(a)), Granularity.DAY));
  }

  /**
   * Clause words that put a bare weekday ahead of the publication date: {@code zal vrijdag beslissen}, and
   * present-tense modals, which look ahead ({@code we moeten woensdag winnen}). Not the plain present tense
   * ({@code wordt maandag beklonken}, {@code gaat}): it is as often the narrative present of a past event as
   * a plan, and the gold set says so.
   */
  private static final Set<String> FUTURE = Set.of("zal", "zullen", "zult", "moet", "moeten", "kan", "kunnen",
      "wil", "willen", "mag", "mogen", "hoeft", "hoeven");
  /** Clause words that keep it behind: {@code heeft vrijdag beslist}, {@code werd vrijdag opgepakt}. */
  private static final Set<String> PAST = Set.of("heeft", "hebben", "had", "hadden", "is",
      "zijn", "was", "waren", "werd", "werden", "zei", "zeiden", "moest", "moesten", "kon", "konden", "wilde",
      "wilden", "mocht", "mochten", "hoefde", "hoefden");
  /** Words that open another clause, whose verb says nothing about the weekday's. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("dat", "omdat", "en", "maar", "want", "die", "als",
      "terwijl", "nadat", "voordat", "toen", "wat", "of");
  /** How far to look for a tense word on each side of the weekday, inside its clause. */
  private static final int TENSE_WINDOW = 6;

  /**
   * True when the clause around a bare weekday is in the future ({@code de verdachte zal vrijdag worden
   * voorgeleid}, {@code het kabinet zal dinsdag besluiten}) and nothing in it marks the past: news dates a
   * bare weekday back by default ({@code zei dinsdag}), forward only on such a cue. A clause ends at
   * punctuation or a word that opens another clause ({@code zegt dinsdag dat ze zal gaan}); "zijn" and
   * "is" count as past because with a weekday they form a perfect
   * ({@code is dinsdag aangehouden}).
   */
  private boolean futureClause(int from, int to) {
    boolean future = false;
    for (int k = from - 1; k >= from - TENSE_WINDOW && t.word(k) != null && !CLAUSE_OPENERS.contains(t.word(k));
        k--) {
      if (PAST.contains(t.word(k))) {
        return false;
      }
      future |= FUTURE.contains(t.word(k));
    }
    for (int k = to; k < to + TENSE_WINDOW && t.word(k) != null && !CLAUSE_OPENERS.contains(t.word(k)); k++) {
      if (PAST.contains(t.word(k))) {
        return false;
      }
      future |= FUTURE.contains(t.word(k));
    }
    return future;
  }

  /** "elke zaterdag" recurs; "die zaterdag", "dezelfde dinsdag" point back into the story, not to today. */
  private boolean recurring(int i) {
    String before = t.word(i - 1);
    return before != null && switch (before) {
      case "elke", "iedere", "ieder", "elk", "die", "dezelfde", "diezelfde", "een" -> true;
      default -> false;
    };
  }

  /** {@code vorige week dinsdag}, {@code dinsdag volgende week}: a weekday in a week counted from today. */
  Match weekdayOfWeek(int i) {
    DayOfWeek day = TimeWords.WEEKDAYS.get(t.word(i));
    int weekAt = day != null ? i + 1 : i;
    int shift = weekShift(t.word(weekAt));
    if (shift == Integer.MIN_VALUE || !t.is(weekAt + 1, "week")) {
      return null;
    }
    int end = weekAt + 2;
    if (day == null) {
      day = TimeWords.WEEKDAYS.get(t.word(end));
      if (day == null) {
        return null;
      }
      end++;
    }
    DayOfWeek d = day;
    return new Match(end, new Meaning.Relative(a -> CalendarPeriod.day(a.plusWeeks(shift).with(d)),
        Granularity.DAY));
  }

  /**
   * {@code vorige week}, {@code volgende maand}, {@code dit jaar}, {@code afgelopen weekend},
   * {@code het vorige kwartaal}: a calendar unit counted from the reference. With an article, "afgelopen"
   * and "komende" mean a stretch of time instead: {@code het afgelopen jaar} = the last twelve months.
   */
  Match relativeUnit(int i) {
    int j = i;
    boolean article = t.is(j, "de") || t.is(j, "het");
    if (article) {
      j++;
    }
    String direction = t.word(j);
    int offset = weekShift(direction);
    if (offset == Integer.MIN_VALUE || article && TimeWords.THIS.contains(direction) && !"huidige".equals(direction)
        || !article && "huidige".equals(direction)) {
      return null;
    }
    String unit = t.word(j + 1);
    if (unit == null) {
      return null;
    }
    int end = j + 2;
    boolean stretch = article && (TimeWords.SPAN_BACK.contains(direction) || TimeWords.SPAN_AHEAD.contains(direction));
    if (stretch) {
      TimeUnit u = switch (unit) {
        case "week" -> TimeUnit.WEEK;
        case "maand" -> TimeUnit.MONTH;
        case "jaar" -> TimeUnit.YEAR;
        case "decennium" -> TimeUnit.DECADE;
        default -> null;
      };
      return u == null ? null
          : new Match(end, new Meaning.AnchoredSpan(u.iso(1), TimeWords.SPAN_BACK.contains(direction)));
    }
    if (article && (direction.startsWith("volgend") || direction.equals("aanstaande"))) {
      return null; // "de volgende week" is narrative: the week after some event
    }
    Meaning meaning = switch (unit) {
      case "week" -> new Meaning.Relative(a -> CalendarPeriod.week(a.plusWeeks(offset)), Granularity.WEEK);
      case "weekend", "weekeinde" -> new Meaning.Relative(a -> weekend(a, offset), Granularity.WEEKEND);
      case "maand" -> new Meaning.Relative(a -> CalendarPeriod.month(a.plusMonths(offset)), Granularity.MONTH);
      case "jaar" -> new Meaning.Relative(a -> CalendarPeriod.year(a.getYear() + offset), Granularity.YEAR);
      case "kwartaal" -> new Meaning.Relative(a -> CalendarPeriod.quarter(a.plusMonths(3L * offset)),
          Granularity.QUARTER);
      default -> null;
    };
    return meaning == null ? null : new Match(end, meaning);
  }

  /** Last weekend: the one before this week's; next weekend: this week's unless it has begun. */
  private static CalendarPeriod weekend(LocalDate a, int offset) {
    if (offset < 0) {
      return CalendarPeriod.weekend(a.minusWeeks(1));
    }
    boolean begun = a.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
    return CalendarPeriod.weekend(offset > 0 && begun ? a.plusWeeks(1) : a);
  }

  /**
   * A stretch ending or starting at the reference: {@code de afgelopen weken} → {@code PXW/2017-09},
   * {@code de laatste twee jaar} → {@code P2Y/...}, {@code de komende dagen} → {@code .../PXD}.
   */
  Match anchoredSpan(int i) {
    int j = i;
    boolean article = t.is(j, "de") || t.is(j, "het");
    if (article) {
      j++;
    }
    String direction = t.word(j);
    boolean back = TimeWords.SPAN_BACK.contains(direction);
    if (!back && !TimeWords.SPAN_AHEAD.contains(direction) || "laatste".equals(direction) && !article) {
      return null;
    }
    Count count = p.count(j + 1);
    int k = count == null ? j + 1 : count.end();
    String unitWord = t.word(k);
    TimeUnit unit = unitWord == null ? null : TimeWords.UNITS.get(unitWord);
    if (unit == null || count == null && !TimeWords.PLURAL_UNITS.contains(unitWord)) {
      return null;
    }
    String duration = unit.iso(count == null ? -1 : count.value());
    return new Match(k + 1, new Meaning.AnchoredSpan(duration, back));
  }

  /** {@code twee jaar geleden}, {@code drie weken geleden}: a point counted back from the reference. */
  Match ago(int i) {
    String w = t.word(i);
    if (TimeWords.PLURAL_UNITS.contains(w) && t.is(i + 1, "geleden")) {
      return new Match(i + 2, new Meaning.Unresolved(TimeWords.UNITS.get(w).pointGranularity())); // jaren geleden
    }
    Count count = p.count(i);
    if (count == null) {
      return null;
    }
    TimeUnit unit = p.unitAt(count.end());
    if (unit == null || !t.is(count.end() + 1, "geleden")) {
      return null; // ("een jaar of tien geleden" is not matched: "geleden" is not next to the unit)
    }
    Meaning meaning = shift(unit, count.value(), -1);
    return meaning == null ? null : new Match(count.end() + 2, meaning);
  }

  /** {@code over twee weken}: a point counted ahead of the reference. */
  Match in(int i) {
    if (!t.is(i, "over")) {
      return null;
    }
    Count count = p.count(i + 1);
    TimeUnit unit = count == null ? null : p.unitAt(count.end());
    if (unit == null || p.approximateCount(count.end())) {
      return null;
    }
    Meaning meaning = shift(unit, count.value(), 1);
    return meaning == null ? null : new Match(count.end() + 1, meaning);
  }

  private static Meaning shift(TimeUnit unit, double count, int sign) {
    if (count < 0) {
      return new Meaning.Unresolved(unit.pointGranularity());
    }
    if (count > MAX_SHIFT) {
      return null;
    }
    boolean half = count != Math.floor(count);
    long n = (long) count * sign;
    return switch (unit) {
      // Hours and minutes: the reference day (a publication date has no time of day worth trusting).
      case SECOND, MINUTE, QUARTER_HOUR -> new Meaning.Relative(CalendarPeriod::day, Granularity.DAY);
      case HOUR -> new Meaning.Relative(a -> CalendarPeriod.day(a.plusDays((long) (count / 24) * sign)),
          Granularity.DAY);
      case DAY -> half ? null : new Meaning.Relative(a -> CalendarPeriod.day(a.plusDays(n)), Granularity.DAY);
      case WEEK -> half ? null : new Meaning.Relative(a -> CalendarPeriod.week(a.plusWeeks(n)), Granularity.WEEK);
      case MONTH -> half ? null
          : new Meaning.Relative(a -> CalendarPeriod.month(a.plusMonths(n)), Granularity.MONTH);
      case QUARTER -> half ? null
          : new Meaning.Relative(a -> CalendarPeriod.quarter(a.plusMonths(3 * n)), Granularity.QUARTER);
      case YEAR -> half
          ? new Meaning.Relative(a -> CalendarPeriod.month(a.plusMonths(Math.round(count * 12) * sign)),
              Granularity.MONTH)
          : new Meaning.Relative(a -> CalendarPeriod.year(Math.toIntExact(a.getYear() + n)), Granularity.YEAR);
      case DECADE -> half ? null
          : new Meaning.Relative(a -> CalendarPeriod.decade(Math.toIntExact(a.getYear() + 10 * n)),
              Granularity.DECADE);
      case CENTURY -> null;
    };
  }

}
