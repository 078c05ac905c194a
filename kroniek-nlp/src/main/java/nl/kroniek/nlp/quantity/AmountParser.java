package nl.kroniek.nlp.quantity;

import static nl.kroniek.nlp.quantity.Vocabulary.BETWEEN;
import static nl.kroniek.nlp.quantity.Vocabulary.CLOCK_WORDS;
import static nl.kroniek.nlp.quantity.Vocabulary.CURRENCY_AFTER;
import static nl.kroniek.nlp.quantity.Vocabulary.CURRENCY_BEFORE;
import static nl.kroniek.nlp.quantity.Vocabulary.HEDGES;
import static nl.kroniek.nlp.quantity.Vocabulary.MONTHS;
import static nl.kroniek.nlp.quantity.Vocabulary.PERSON_NOUNS;
import static nl.kroniek.nlp.quantity.Vocabulary.SCORE_WORDS;
import static nl.kroniek.nlp.quantity.Vocabulary.TEMPORAL_WORDS;
import static nl.kroniek.nlp.quantity.Vocabulary.UNITS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kroniek.nlp.quantity.CoreReader.Core;
import nl.kroniek.nlp.quantity.Vocabulary.Currency;
import nl.kroniek.nlp.quantity.Vocabulary.Unit;

/**
 * The number grammar shared by the quantity and money extractors. One left-to-right pass over the tokens;
 * at each token it tries
 *
 * <pre>
 *   [hedge] [currency] number [connector [currency] number] [-jarige | currency | unit] [adjectives noun]
 * </pre>
 *
 * and on success continues after the match, so matches never overlap and the work per token is bounded by
 * the few tokens a phrase can span: the whole pass is linear in the text length.
 */
final class AmountParser {

  private static final Set<String> SCORE_CONTEXT = Set.of("de", "het", "een", "met", "op", "van", "stand",
      "eindstand", "ruststand", "uitslag", "score");
  private static final Set<String> CONNECTOR_GAPS = Set.of("naar", "tot", "en", "of", "a", "tegen");
  private static final Set<String> NAME_PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "al", "el",
      "bin");
  private static final int MAX_AGE = 120;
  /** How many characters after an amount of money a bare amount in millions may still inherit its currency. */
  private static final int CURRENCY_REACH = 300;

  private final Tokens t;
  private final CoreReader cores;
  private final List<Amount> found = new ArrayList<>();
  private int lastEnd;

  private AmountParser(Tokens tokens) {
    this.t = tokens;
    this.cores = new CoreReader(tokens);
  }

  /** All quantities and amounts of money in the text, in text order. */
  static List<Amount> parse(String text) {
    AmountParser parser = new AmountParser(Tokens.of(text));
    int i = 0;
    int n = parser.t.size();
    while (i < n) {
      int next = parser.parseAt(i);
      i = next > i ? next : i + 1;
    }
    parser.inheritUnits();
    parser.inheritCurrency();
    return parser.found;
  }

  /** Tries a number expression at token i; returns the token to continue at, or -1 for none. */
  private int parseAt(int i) {
    String hedge = null;
    boolean between = false;
    int p = i;
    PhraseTable.Match<String> hedgeMatch = HEDGES.match(t, i);
    if (hedgeMatch != null) {
      between = BETWEEN.equals(hedgeMatch.value());
      hedge = between ? null : hedgeMatch.value();
      p = hedgeMatch.next();
    }
    Currency before = null;
    PhraseTable.Match<Currency> currencyMatch = CURRENCY_BEFORE.match(t, p);
    if (currencyMatch != null && !t.paragraphBreakBefore(p)) {
      before = currencyMatch.value();
      p = currencyMatch.next();
    }
    if (p >= t.size() || p > i && t.paragraphBreakBefore(p)) {
      return -1;
    }
    Core first = cores.read(p, i, false);
    if (first == null) {
      return -1;
    }
    if (first.rejected()) {
      return first.next();
    }
    boolean plain = hedgeMatch == null && before == null;
    if (plain) {
      int age = personAge(i, first);
      if (age > 0) {
        return age;
      }
    }
    if (before == null && !between) {
      int ratio = ratio(i, first, hedge);
      if (ratio > 0) {
        return ratio;
      }
    }

    // A range: zes tot zeven, 20 à 30, tussen 10 en 15, 10-15, 2 tot 3 miljoen.
    Core second = null;
    double low = first.value();
    boolean dashed = false;
    if (!first.vague() && !first.ageWord()) {
      int q = rangeConnector(first.next(), between);
      if (q > 0) {
        dashed = t.isSymbolIn(first.next(), "-\u2011");
        if (before != null) {
          PhraseTable.Match<Currency> again = CURRENCY_BEFORE.match(t, q);
          if (again != null && again.value().iso().equals(before.iso())) {
            q = again.next();
          }
        }
        Core c = cores.read(q, q, true);
        if (c != null && !c.rejected() && !c.vague() && !c.ageWord()) {
          double lowValue = first.value();
          if (first.scale() == 1 && c.scale() > 1 && first.value() <= c.unscaled()) {
            lowValue *= c.scale(); // 2 tot 3 miljoen: the scale belongs to both
          }
          if (lowValue < c.value()) {
            second = c;
            low = lowValue;
          } else if (dashed) {
            return c.next(); // 2-1, 3-0: a score
          }
        } else if (dashed && c != null) {
          return c.next();
        }
      }
    }
    if (between && second == null) {
      return -1; // "tussen" without "en N": let the number be read on its own
    }
    if (second != null && dashed && (first.yearLike() || second.yearLike() || isScore(i, first, second))) {
      return second.next();
    }

    int p2 = second != null ? second.next() : first.next();
    if (isMonth(p2)) {
      return p2 + 1; // 15 oktober, 15 tot 17 oktober
    }
    if (second == null && (t.isWord(p2, "en") || t.isWord(p2, "of") || t.isWord(p2, "tot")
        || t.isWord(p2, "op") || t.isSymbolIn(p2, "-\u2013")) && cores.isNumberAt(p2 + 1) && isMonth(p2 + 2)) {
      return p2 + 3; // 15 en 16 oktober, de nacht van 12 op 13 juli
    }
    return complete(i, hedge, before, first, second, low, p2);
  }

  /** Reads what follows the number(s) at p: age, currency, unit or counted noun; then emits. */
  private int complete(int i, String hedge, Currency before, Core first, Core second, double low, int p) {
    int end = p;
    String unit = null;
    String kind = null;
    String about = null;
    Currency currency = null;
    boolean single = second == null && !first.vague();
    boolean age = first.ageWord();
    if (!age && single && isAgeValue(first.value())) {
      if (t.isSymbolIn(p, "-\u2011") && t.touchesNext(p - 1) && t.touchesNext(p) && isJarig(p + 1)) {
        age = true;
        end = p + 2;
      } else if (isJarig(p)) {
        age = true;
        end = p + 1;
      }
    }
    if (age) {
      kind = Kind.AGE;
      unit = "jaar";
      if (!t.lower(end - 1).endsWith("jarigen")) { // "18-jarigen" is itself the noun
        int noun = HeadNouns.find(t, end, false);
        if (noun >= 0 && !t.isWord(noun, "leeftijd")) {
          about = t.raw(noun);
          end = noun + 1;
        }
      }
    } else {
      PhraseTable.Match<Currency> after = joined(p) ? CURRENCY_AFTER.match(t, p) : null;
      if (after != null && (before == null || before.iso().equals(after.value().iso()))) {
        currency = after.value();
        end = after.next();
      } else if (before != null) {
        currency = before;
        end = afterPriceDash(p);
      }
      if (currency == null) {
        PhraseTable.Match<Unit> unitMatch = joined(p) ? UNITS.match(t, p) : null;
        if (unitMatch != null) {
          unit = unitMatch.value().symbol();
          kind = unitMatch.value().kind();
          end = unitMatch.next();
          if (unit.equals("jaar") && single && t.isWord(end, "oud") && isAgeValue(first.value())) {
            kind = Kind.AGE; // 45 jaar oud
            end++;
          } else if (unit.equals("uur") && isClockTime(i, hedge, first, second, end)) {
            return end; // om 15 uur, 15.30 uur, drie uur 's nachts
          } else if (kind.equals(Kind.MEASURE)) {
            int noun = HeadNouns.find(t, end, false); // a mass noun, singular: 2 kilo heroïne
            if (noun >= 0) {
              about = t.raw(noun); // 5 ton explosieven
              end = noun + 1;
            }
          }
        } else {
          kind = Kind.COUNT;
          int noun = HeadNouns.find(t, p, second != null || first.value() != 1);
          if (noun >= 0) {
            about = t.raw(noun);
            end = noun + 1;
          } else if (t.isWord(p, "keer") || t.isWord(p, "maal")) {
            end = p + 1; // achttien keer: how often, with nothing counted
          }
        }
      }
    }

    boolean measured = currency != null || Kind.MEASURE.equals(kind) || Kind.PERCENTAGE.equals(kind);
    boolean yearLike = first.yearLike() || second != null && second.yearLike();
    if (yearLike && !(measured || Kind.DURATION.equals(kind)
        || Kind.COUNT.equals(kind) && about != null && !isTemporalWord(i - 1) && !t.isWord(i, "tussen"))) {
      return p; // in 2017, 2016 was, tussen 2015 en 2017
    }
    if (first.clockLike() && !measured) {
      return Math.max(p, end); // 15.30
    }

    int startToken = i;
    double value = first.value();
    if (first.minus() && single && (Kind.MEASURE.equals(kind) || Kind.PERCENTAGE.equals(kind))) {
      value = -value; // -5 graden
      startToken = i - 1;
    }
    int startChar = t.start(startToken);
    int endChar = t.end(end - 1);
    if (startChar < lastEnd) {
      return end;
    }
    String approx = first.vague() ? Approx.VAGUE : hedge != null ? hedge : first.approx();
    if (currency != null) {
      emitMoney(startChar, endChar, first, second, low, approx, currency);
    } else if (second != null) {
      found.add(new Amount(startChar, endChar, null, low, second.value(), approx, about, unit, kind, null,
          second.scale()));
    } else {
      found.add(new Amount(startChar, endChar, value, lowBound(value, approx), highBound(value, approx), approx,
          about, unit, kind, null, first.scale()));
    }
    lastEnd = endChar;
    return end;
  }

  private void emitMoney(int start, int end, Core first, Core second, double low, String approx,
      Currency currency) {
    double factor = currency.factor();
    if (second == null) {
      found.add(new Amount(start, end, first.value() * factor, null, null, approx, null, null, null,
          currency.iso(), first.scale()));
    } else {
      // Money has no bounds: a range becomes its two ends, sharing the span.
      found.add(new Amount(start, end, low * factor, null, null, Approx.AT_LEAST, null, null, null,
          currency.iso(), second.scale()));
      found.add(new Amount(start, end, second.value() * factor, null, null, Approx.AT_MOST, null, null, null,
          currency.iso(), second.scale()));
    }
  }

  /** een man van 45 (jaar oud); Abu Saad (26). Returns the token after the age, or -1. */
  private int personAge(int i, Core first) {
    if (first.vague() || first.ageWord() || first.scale() != 1 || !isAgeValue(first.value())) {
      return -1;
    }
    int end = first.next();
    if (t.isWord(i - 1, "van") && t.isWord(i - 2) && PERSON_NOUNS.contains(t.lower(i - 2))
        && t.start(i) >= lastEnd) {
      // twee mannen van 23 en 25 jaar: one age per number
      List<Integer> numbers = new ArrayList<>(List.of(i));
      List<Double> ages = new ArrayList<>(List.of(first.value()));
      while ((t.isWord(end, "en") || t.isWord(end, "of") || t.isSymbol(end, ',')) && t.isNumber(end + 1)) {
        Double age = DutchNumbers.parseDigits(t.raw(end + 1));
        if (age == null || !isAgeValue(age)) {
          break;
        }
        numbers.add(end + 1);
        ages.add(age);
        end += 2;
      }
      if (t.isWord(end, "jaar")) {
        end++;
        if (t.isWord(end, "oud")) {
          end++;
        }
      } else if (joined(end) && (UNITS.contains(t, end) || CURRENCY_AFTER.contains(t, end))) {
        return -1; // een vrouw van 45 kilo
      }
      if (HeadNouns.find(t, end, true) >= 0) {
        return -1; // een man van 45 kilometer per uur, van 30 vrachtwagens
      }
      // The noun opens the first span unless it already closes the span before (twee mannen | van 23).
      boolean nounFree = t.start(i - 2) >= lastEnd;
      for (int k = 0; k < numbers.size(); k++) {
        int from = k == 0 && nounFree ? t.start(i - 2) : t.start(numbers.get(k));
        int to = k == numbers.size() - 1 ? t.end(end - 1) : t.end(numbers.get(k));
        addAge(from, to, ages.get(k), t.raw(i - 2));
      }
      return end;
    }
    if (t.isNumber(i) && t.isSymbol(i - 1, '(') && t.touchesNext(i - 1) && t.isSymbol(end, ')')
        && t.touchesNext(i) && end == i + 1) {
      int nameEnd = i - 2;
      if (t.touchesNext(nameEnd)) {
        return -1;
      }
      if (t.isSymbol(nameEnd, '.') && t.isCapitalized(nameEnd - 1) && t.length(nameEnd - 1) == 1) {
        nameEnd--; // Tim S. (40): the initial's dot is part of the name
      }
      if (!t.isCapitalized(nameEnd)) {
        return -1;
      }
      int nameStart = nameStart(nameEnd);
      if (t.start(nameStart) < lastEnd) {
        return -1;
      }
      addAge(t.start(nameStart), t.end(end), first.value(),
          t.text().substring(t.start(nameStart), t.end(i - 2)));
      return end + 1;
    }
    return -1;
  }

  /**
   * The first token of the name ending at token last: capitalised words and particles
   * ({@code Jacques van der Meulen}), without a capitalised role word that merely opens the sentence
   * ({@code Choreograaf Barrie Stevens} gives {@code Barrie Stevens}).
   */
  private int nameStart(int last) {
    int k = last;
    int capitals = 1;
    while (last - k < 6 && k > 0 && !t.lineBreakBefore(k)) {
      int prev = k - 1;
      if (t.isCapitalized(prev) && !Vocabulary.FUNCTION_WORDS.contains(t.lower(prev))) {
        capitals++;
      } else if (!isNameParticle(prev)) {
        break;
      }
      k = prev;
    }
    while (k < last && isNameParticle(k) && !t.isCapitalized(k)) {
      k++;
    }
    boolean sentenceStart = k == 0 || t.lineBreakBefore(k) || t.isSymbolIn(k - 1, ".!?:;\"'“”„");
    if (capitals >= 3 && sentenceStart && t.isCapitalized(k) && !isNameParticle(k + 1)) {
      k++;
    }
    return k;
  }

  private void addAge(int start, int end, double age, String about) {
    found.add(new Amount(start, end, age, age, age, null, about, "jaar", Kind.AGE, null, 1));
    lastEnd = end;
  }

  /** drie op de tien Nederlanders: a percentage. Returns the token after it, or -1. */
  private int ratio(int i, Core first, String hedge) {
    int k = first.next();
    if (first.vague() || first.ageWord() || !t.isWord(k, "op") || !(t.isWord(k + 1, "de")
        || t.isWord(k + 1, "het"))) {
      return -1;
    }
    Core of = cores.read(k + 2, k + 2, false);
    if (of == null || of.rejected() || of.vague() || of.ageWord() || of.value() <= 0
        || first.value() > of.value()) {
      return -1;
    }
    double percentage = 100 * first.value() / of.value();
    int end = of.next();
    String about = null;
    int noun = HeadNouns.find(t, end, true);
    if (noun >= 0) {
      about = t.raw(noun);
      end = noun + 1;
    }
    int startChar = t.start(i);
    int endChar = t.end(end - 1);
    found.add(new Amount(startChar, endChar, percentage, lowBound(percentage, hedge),
        highBound(percentage, hedge), hedge, about, "%", Kind.PERCENTAGE, null, 1));
    lastEnd = endChar;
    return end;
  }

  /** The token after a range connector at k, or -1. */
  private int rangeConnector(int k, boolean between) {
    if (!joined(k)) {
      return -1;
    }
    if (between) {
      return t.isWord(k, "en") ? k + 1 : -1;
    }
    if (t.isSymbolIn(k, "-\u2011")) {
      return t.touchesNext(k - 1) && t.touchesNext(k) ? k + 1 : -1;
    }
    if (t.isSymbolIn(k, "\u2013\u2014")) {
      return k + 1;
    }
    if (t.isWord(k, "tot")) {
      return t.isWord(k + 1, "en") && t.isWord(k + 2, "met") ? k + 3 : k + 1;
    }
    if (t.isWord(k, "t") && t.isSymbol(k + 1, '/') && t.isWord(k + 2, "m")) {
      return k + 3;
    }
    return t.isWord(k, "a") || t.isWord(k, "of") ? k + 1 : -1;
  }

  private boolean isScore(int i, Core first, Core second) {
    if (first.value() > 20 || second.value() > 20) {
      return false;
    }
    return t.isWord(i - 1) && SCORE_CONTEXT.contains(t.lower(i - 1))
        || t.isWord(second.next()) && SCORE_WORDS.contains(t.lower(second.next()));
  }

  /** om 15 uur, rond drie uur, 15.30 uur, drie uur 's nachts. */
  private boolean isClockTime(int i, String hedge, Core first, Core second, int end) {
    if (first.clockLike()) {
      return true;
    }
    double last = second != null ? second.value() : first.value();
    if (last > 24 || last != Math.rint(last) || first.vague()) {
      return false;
    }
    boolean clockWordBefore = t.isWord(i - 1) && CLOCK_WORDS.contains(t.lower(i - 1))
        || hedge != null && CLOCK_WORDS.contains(t.lower(i));
    boolean partOfDay = t.isSymbolIn(end, "'’") && t.isWord(end + 1, "s");
    return clockWordBefore || partOfDay;
  }

  /** € 25,- and € 1.700,--: the dash that closes a round price belongs to the amount. */
  private int afterPriceDash(int p) {
    if (t.isSymbol(p, ',') && t.touchesNext(p - 1) && t.touchesNext(p) && t.isSymbolIn(p + 1, "-\u2013\u2014")) {
      int end = p + 2;
      if (t.isSymbolIn(end, "-") && t.touchesNext(end - 1)) {
        end++;
      }
      return end;
    }
    return p;
  }

  /**
   * A bare number right before another number shares its scale, unit, currency and counted thing:
   * {@code van 10 naar 15 procent}, {@code 3 en 4 procent}, {@code van 5 naar 10 euro},
   * {@code van 1,7 naar 2,6 miljoen}, {@code van 10 naar 9 zetels}, {@code 50,9 tegen 47,1 procent}.
   */
  private void inheritUnits() {
    for (int k = found.size() - 2; k >= 0; k--) {
      Amount a = found.get(k);
      Amount b = found.get(k + 1);
      boolean bare = !a.isMoney() && Kind.COUNT.equals(a.kind()) && a.about() == null && a.value() != null;
      if (!bare || b.start() < a.end() || Kind.AGE.equals(b.kind())) {
        continue;
      }
      String gap = DutchNumbers.fold(t.text().substring(a.end(), b.start())).trim();
      if (CONNECTOR_GAPS.contains(gap)) {
        found.set(k, a.sharing(b));
      }
    }
  }

  /**
   * An amount in millions or billions with nothing counted ({@code Frankrijk (122 miljoen)}, {@code de 1
   * miljard die nu naar buiten komt}) shortly after an amount of money in the same paragraph is money in
   * that currency: news names the currency once and lists the rest bare. Small bare numbers are left alone
   * ({@code een inkomen van 1175} is too easily a count).
   */
  private void inheritCurrency() {
    Amount money = null;
    for (int k = 0; k < found.size(); k++) {
      Amount a = found.get(k);
      if (a.isMoney()) {
        money = a;
      } else if (money != null && a.scale() >= 1e6 && a.value() != null && Kind.COUNT.equals(a.kind())
          && a.about() == null && a.unit() == null && a.start() - money.end() <= CURRENCY_REACH
          && noLineBreak(money.end(), a.start())) {
        money = new Amount(a.start(), a.end(), a.value(), null, null, a.approx(), null, null, null,
            money.currency(), a.scale());
        found.set(k, money);
      }
    }
  }

  /** True when no line break lies between the two offsets (at most {@link #CURRENCY_REACH} apart). */
  private boolean noLineBreak(int from, int to) {
    String text = t.text();
    for (int c = from; c < to; c++) {
      if (text.charAt(c) == '\n') {
        return false;
      }
    }
    return true;
  }

  private boolean isJarig(int k) {
    return joined(k) && t.isWord(k) && t.lower(k).startsWith("jarig") && t.length(k) <= 7;
  }

  private boolean isMonth(int k) {
    return joined(k) && t.isWord(k) && MONTHS.contains(t.lower(k));
  }

  private boolean isTemporalWord(int k) {
    return t.isWord(k) && TEMPORAL_WORDS.contains(t.lower(k));
  }

  private boolean isNameParticle(int k) {
    return t.isWord(k) && NAME_PARTICLES.contains(t.lower(k));
  }

  private boolean joined(int k) {
    return k < t.size() && !t.paragraphBreakBefore(k);
  }

  private static boolean isAgeValue(double v) {
    return v >= 1 && v <= MAX_AGE && v == Math.rint(v);
  }

  static Double lowBound(double value, String approx) {
    return Approx.LESS_THAN.equals(approx) || Approx.AT_MOST.equals(approx) ? null : value;
  }

  static Double highBound(double value, String approx) {
    return Approx.MORE_THAN.equals(approx) || Approx.AT_LEAST.equals(approx) || Approx.VAGUE.equals(approx)
        ? null : Double.valueOf(value);
  }
}
