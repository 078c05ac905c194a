package nl.kroniek.nlp.time;

import nl.kroniek.nlp.time.TokenPatterns.Count;

/** Rules for durations: {@code vier maanden} → P4M, {@code anderhalf uur} → PT1H30M, {@code jarenlang} → PXY. */
final class DurationRules {

  private final TokenStream t;
  private final TokenPatterns p;

  DurationRules(TokenStream tokens, TokenPatterns patterns) {
    this.t = tokens;
    this.p = patterns;
  }

  /**
   * {@code vier maanden} → P4M, {@code anderhalf uur} → PT1H30M, {@code een paar dagen} → PXD,
   * {@code jarenlang} → PXY, {@code een kwartier} → PT15M.
   */
  /**
   * Words after which a bare plural unit is a vague length of time ({@code al jaren}, {@code kan weken duren},
   * {@code had uren gezopen}); an article or adjective before it ({@code de jaren}) makes it something else.
   */
  private static final java.util.Set<String> BEFORE_BARE_PLURAL = TimeWords.nullSafe(java.util.Set.of("al", "na",
      "nog", "pas", "binnen", "soms", "vaak", "duurt", "duurde", "duurden", "duren", "kost", "kostte", "kostten",
      "moet", "moeten", "moest", "moesten", "kan", "kunnen", "kon", "konden", "had", "hadden", "heeft",
      "hebben", "wacht", "wachten", "wachtte", "wachtten"));

  Match duration(int i) {
    String w = t.word(i);
    TimeUnit lasting = w == null ? null : TimeWords.LONG_DURATIONS.get(w);
    if (lasting != null) {
      return new Match(i + 1, new Meaning.Fixed(lasting.iso(-1), Granularity.DURATION));
    }
    if ("halfuur".equals(w) || "halfjaar".equals(w)) {
      return halfUnit(i, 1);
    }
    if (TimeWords.PLURAL_UNITS.contains(w) && (BEFORE_BARE_PLURAL.contains(t.word(i - 1)) || t.is(i + 1, "lang"))) {
      // "al jaren", "na maanden van onderhandelen", "weken lang", "moeten jaren wachten", "had uren gezopen"
      return new Match(i + 1, new Meaning.Fixed(TimeWords.UNITS.get(w).iso(-1), Granularity.DURATION));
    }
    Count count = p.count(i);
    if (count == null) {
      return null;
    }
    String unitWord = t.word(count.end());
    if (("halfuur".equals(unitWord) || "halfjaar".equals(unitWord)) && !count.vague()) {
      return halfUnit(count.end(), count.value());
    }
    TimeUnit unit = p.unitAt(count.end());
    if (unit == null || p.approximateCount(count.end())) {
      return null;
    }
    if (unit == TimeUnit.HOUR && clockContext(i)) {
      return null; // "om drie uur" is a clock time, not three hours
    }
    if (count.value() == 1 && unit == TimeUnit.DAY && t.is(i - 1, "op")) {
      return null; // "op een dag": one day (idiom), no duration
    }
    return new Match(count.end() + 1, new Meaning.Fixed(unit.iso(count.value()), Granularity.DURATION));
  }

  /** {@code een halfuur} → PT30M, {@code een halfjaar} → P6M: the unit word itself is a half. */
  private Match halfUnit(int unitToken, double count) {
    TimeUnit unit = t.is(unitToken, "halfuur") ? TimeUnit.HOUR : TimeUnit.YEAR;
    return new Match(unitToken + 1, new Meaning.Fixed(unit.iso(count * 0.5), Granularity.DURATION));
  }

  private boolean clockContext(int i) {
    String before = t.word(i - 1);
    return before != null && (before.equals("om") || before.equals("vanaf") || before.equals("rond")
        || before.equals("tegen") || before.equals("omstreeks") || before.equals("rondom"));
  }

}
