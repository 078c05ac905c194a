package nl.kroniek.nlp.time;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Dutch words the time grammar looks up, all lower case. Plain tables, so that matching a word is one
 * hash lookup.
 */
final class TimeWords {

  static final Map<String, Integer> MONTHS = nullSafe(Map.ofEntries(
      Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("april", 4),
      Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augustus", 8),
      Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
      Map.entry("december", 12)));

  /** Abbreviations are only read after a day number ({@code 15 okt.}): {@code jan} is also a name. */
  static final Map<String, Integer> MONTH_ABBREVIATIONS = nullSafe(Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("febr", 2), Map.entry("mrt", 3),
      Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("okt", 10), Map.entry("nov", 11),
      Map.entry("dec", 12)));

  /** Weekdays and their compounds with a part of the day ({@code dinsdagavond}). */
  static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

  /** Words that name a day relative to today, with its offset in days. */
  static final Map<String, Integer> DEICTIC_DAYS = nullSafe(Map.ofEntries(
      Map.entry("eergisteren", -2), Map.entry("eergister", -2), Map.entry("eergisteravond", -2),
      Map.entry("gisteren", -1), Map.entry("gister", -1), Map.entry("gisteravond", -1),
      Map.entry("gistermiddag", -1), Map.entry("gisterochtend", -1), Map.entry("gistermorgen", -1),
      Map.entry("gisternacht", -1), Map.entry("gisterenavond", -1), Map.entry("gisterenmiddag", -1),
      Map.entry("gisterenochtend", -1), Map.entry("gisterenmorgen", -1),
      Map.entry("vandaag", 0), Map.entry("vanochtend", 0), Map.entry("vanmorgen", 0),
      Map.entry("vanmiddag", 0), Map.entry("vanavond", 0), Map.entry("vannacht", 0),
      Map.entry("morgen", 1), Map.entry("morgenochtend", 1), Map.entry("morgenmiddag", 1),
      Map.entry("morgenavond", 1), Map.entry("morgenvroeg", 1), Map.entry("overmorgen", 2)));

  static final Map<String, TimeUnit> UNITS = nullSafe(Map.ofEntries(
      Map.entry("seconde", TimeUnit.SECOND), Map.entry("seconden", TimeUnit.SECOND),
      Map.entry("minuut", TimeUnit.MINUTE), Map.entry("minuten", TimeUnit.MINUTE),
      Map.entry("kwartier", TimeUnit.QUARTER_HOUR),
      Map.entry("uur", TimeUnit.HOUR), Map.entry("uren", TimeUnit.HOUR),
      Map.entry("dag", TimeUnit.DAY), Map.entry("dagen", TimeUnit.DAY),
      Map.entry("week", TimeUnit.WEEK), Map.entry("weken", TimeUnit.WEEK),
      Map.entry("maand", TimeUnit.MONTH), Map.entry("maanden", TimeUnit.MONTH),
      Map.entry("jaar", TimeUnit.YEAR), Map.entry("jaren", TimeUnit.YEAR),
      Map.entry("decennium", TimeUnit.DECADE), Map.entry("decennia", TimeUnit.DECADE),
      Map.entry("eeuw", TimeUnit.CENTURY), Map.entry("eeuwen", TimeUnit.CENTURY),
      Map.entry("kwartaal", TimeUnit.QUARTER), Map.entry("kwartalen", TimeUnit.QUARTER)));

  /** Plural unit words: {@code de afgelopen weken}. */
  static final Set<String> PLURAL_UNITS = nullSafe(Set.of(
      "seconden", "minuten", "uren", "dagen", "weken", "maanden", "kwartalen", "jaren", "decennia", "eeuwen"));

  /** One-word vague durations: {@code jarenlang} → PXY. */
  static final Map<String, TimeUnit> LONG_DURATIONS = nullSafe(Map.ofEntries(
      Map.entry("urenlang", TimeUnit.HOUR), Map.entry("dagenlang", TimeUnit.DAY),
      Map.entry("wekenlang", TimeUnit.WEEK), Map.entry("maandenlang", TimeUnit.MONTH),
      Map.entry("jarenlang", TimeUnit.YEAR), Map.entry("decennialang", TimeUnit.DECADE),
      Map.entry("eeuwenlang", TimeUnit.CENTURY)));

  /** Words for an unspecified small number: {@code enkele weken} → PXW. */
  static final Set<String> VAGUE_COUNTS = nullSafe(Set.of(
      "enkele", "meerdere", "verscheidene", "ettelijke", "vele", "paar", "tientallen", "honderden",
      "duizenden"));

  static final Map<String, Season> SEASONS = nullSafe(Map.ofEntries(
      Map.entry("lente", Season.SPRING), Map.entry("voorjaar", Season.SPRING),
      Map.entry("zomer", Season.SUMMER), Map.entry("herfst", Season.AUTUMN),
      Map.entry("najaar", Season.AUTUMN), Map.entry("winter", Season.WINTER)));

  /** Words that point back: {@code vorige week}, {@code afgelopen dinsdag}. */
  static final Set<String> PREVIOUS = nullSafe(Set.of("vorige", "vorig", "afgelopen", "voorbije", "verleden"));

  /** Words that point ahead: {@code volgende week}, {@code komende vrijdag}. */
  static final Set<String> NEXT = nullSafe(Set.of(
      "volgende", "volgend", "komende", "komend", "aanstaande", "aankomende", "eerstvolgende",
      "eerstkomende"));

  /** Words that point at the current period: {@code deze week}, {@code dit jaar}. */
  static final Set<String> THIS = nullSafe(Set.of("deze", "dit", "huidige"));

  /** Plural spans reaching back or ahead: {@code de afgelopen weken}, {@code de laatste jaren}. */
  static final Set<String> SPAN_BACK = nullSafe(Set.of("afgelopen", "voorbije", "laatste", "verstreken"));

  // Not "volgende": "de volgende week" is usually narrative ("the week after"), not counted from today.
  static final Set<String> SPAN_AHEAD = nullSafe(Set.of("komende", "aankomende"));

  static final Map<String, Integer> ORDINALS = nullSafe(Map.of(
      "eerste", 1, "tweede", 2, "derde", 3, "vierde", 4));

  /** Ordinal words of centuries: {@code de zeventiende eeuw}. */
  static final Map<String, Integer> CENTURY_ORDINALS = nullSafe(Map.ofEntries(
      Map.entry("eerste", 1), Map.entry("tweede", 2), Map.entry("derde", 3),
      Map.entry("vierde", 4), Map.entry("vijfde", 5), Map.entry("zesde", 6),
      Map.entry("zevende", 7), Map.entry("achtste", 8), Map.entry("negende", 9),
      Map.entry("tiende", 10), Map.entry("elfde", 11), Map.entry("twaalfde", 12),
      Map.entry("dertiende", 13), Map.entry("veertiende", 14),
      Map.entry("vijftiende", 15), Map.entry("zestiende", 16),
      Map.entry("zeventiende", 17), Map.entry("achttiende", 18),
      Map.entry("negentiende", 19), Map.entry("twintigste", 20),
      Map.entry("eenentwintigste", 21)));

  /** Part-of-period modifiers: {@code begin september} → start. */
  static final Map<String, String> MODIFIERS = nullSafe(Map.ofEntries(
      Map.entry("begin", "start"), Map.entry("eind", "end"), Map.entry("einde", "end"),
      Map.entry("midden", "mid"), Map.entry("medio", "mid"), Map.entry("half", "mid"),
      Map.entry("halverwege", "mid")));

  /** Nouns in {@code het begin van ...}. */
  static final Map<String, String> MODIFIER_NOUNS = nullSafe(Map.of(
      "begin", "start", "start", "start", "eind", "end", "einde", "end", "midden", "mid"));

  /** Words before a bare number that make it a year: {@code in 2016}, {@code sinds 1999}. */
  static final Set<String> YEAR_PREPOSITIONS = nullSafe(Set.of(
      "in", "sinds", "sedert", "vanaf", "van", "tot", "voor", "vóór", "na", "rond", "rondom", "omstreeks",
      "circa", "tegen", "per", "tijdens", "uit", "anno", "jaar", "over", "heel", "tussen", "editie",
      "jaarverslag", "jaarrekening", "begroting", "seizoen", "naar"));

  /** Hedges allowed between a preposition and a year: {@code vanaf ongeveer 1960}. */
  static final Set<String> HEDGES = nullSafe(Set.of(
      "ongeveer", "circa", "grofweg", "ruwweg", "omstreeks", "pas", "al", "nog", "zeker", "reeds", "uiterlijk",
      "respectievelijk",
      "ten", "eind", "begin", "medio", "midden", "half"));

  /** Parts of the day: {@code deze avond} is today. */
  static final Set<String> DAY_PARTS = nullSafe(Set.of("ochtend", "morgen", "middag", "avond", "nacht"));

  /** Words after a number that make it a count or amount rather than a year ({@code van 2000 euro}). */
  static final Set<String> NOT_AFTER_YEAR = nullSafe(Set.of(
      "euro", "eur", "dollar", "dollars", "pond", "gulden", "frank", "yen", "yuan", "roebel", "procent",
      "km", "kilometer", "kilometers", "m", "meter", "meters", "cm", "mm", "kg", "kilo", "gram", "ton",
      "liter", "liters", "mensen", "man", "personen", "doden", "slachtoffers", "inwoners", "stuks", "keer",
      "exemplaren", "woningen", "huizen", "banen", "soldaten", "strijders", "leden", "deelnemers", "stemmen",
      "punten", "uur", "minuten", "seconden", "dagen", "weken", "maanden", "jaar", "jaren", "calorieën",
      "pagina", "pagina's", "kinderen", "vrouwen", "mannen", "vluchtelingen", "agenten", "militairen",
      "families", "gezinnen", "bedrijven", "auto", "auto's", "voertuigen", "patiënten", "km/u", "mb", "gb"));

  static final Map<String, Holiday> HOLIDAYS = nullSafe(Map.ofEntries(
      Map.entry("nieuwjaarsdag", Holiday.NEW_YEARS_DAY), Map.entry("nieuwjaar", Holiday.NEW_YEARS_DAY),
      Map.entry("valentijnsdag", Holiday.VALENTINES_DAY), Map.entry("pasen", Holiday.EASTER),
      Map.entry("paaszondag", Holiday.EASTER), Map.entry("paasmaandag", Holiday.EASTER_MONDAY),
      Map.entry("koningsdag", Holiday.KINGS_DAY), Map.entry("koninginnedag", Holiday.QUEENS_DAY),
      Map.entry("dodenherdenking", Holiday.REMEMBRANCE_DAY),
      Map.entry("bevrijdingsdag", Holiday.LIBERATION_DAY), Map.entry("hemelvaartsdag", Holiday.ASCENSION),
      Map.entry("hemelvaart", Holiday.ASCENSION), Map.entry("pinksteren", Holiday.PENTECOST),
      Map.entry("pinkstermaandag", Holiday.WHIT_MONDAY), Map.entry("prinsjesdag", Holiday.BUDGET_DAY),
      Map.entry("halloween", Holiday.HALLOWEEN), Map.entry("allerheiligen", Holiday.ALL_SAINTS),
      Map.entry("allerzielen", Holiday.ALL_SOULS),
      Map.entry("pakjesavond", Holiday.SINTERKLAAS_EVE), Map.entry("kerstavond", Holiday.CHRISTMAS_EVE),
      Map.entry("kerstmis", Holiday.CHRISTMAS), Map.entry("kerst", Holiday.CHRISTMAS),
      Map.entry("oudejaarsavond", Holiday.NEW_YEARS_EVE), Map.entry("oudejaarsdag", Holiday.NEW_YEARS_EVE),
      Map.entry("oudjaar", Holiday.NEW_YEARS_EVE), Map.entry("jaarwisseling", Holiday.NEW_YEARS_EVE)));

  /** Holidays whose name is also an ordinary word or name: only read when capitalised. */
  static final Set<String> CAPITALISED_HOLIDAYS = nullSafe(Set.of("pasen", "pinksteren", "hemelvaart"));

  /** {@code eerste kerstdag}, {@code tweede paasdag}: (ordinal, day word) → holiday. */
  static final Map<String, Holiday> SECOND_DAYS = nullSafe(Map.of(
      "kerstdag", Holiday.BOXING_DAY, "paasdag", Holiday.EASTER_MONDAY, "pinksterdag", Holiday.WHIT_MONDAY));

  static final Map<String, Holiday> FIRST_DAYS = nullSafe(Map.of(
      "kerstdag", Holiday.CHRISTMAS, "paasdag", Holiday.EASTER, "pinksterdag", Holiday.PENTECOST));

  /** Every word that can begin a time expression; other words are skipped without trying the rules. */
  static final Set<String> STARTERS = starters();

  private TimeWords() {}

  /** Tables answer null for a null key (the grammar looks up words that may be absent). */
  static <K, V> Map<K, V> nullSafe(Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(map));
  }

  static <T> Set<T> nullSafe(Set<T> set) {
    return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(set));
  }

  private static Map<String, DayOfWeek> weekdays() {
    String[] names = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
    String[] parts = {"", "ochtend", "morgen", "middag", "avond", "nacht"};
    Map<String, DayOfWeek> map = new HashMap<>();
    for (int d = 0; d < names.length; d++) {
      for (String part : parts) {
        map.put(names[d] + part, DayOfWeek.of(d + 1));
      }
    }
    return nullSafe(map);
  }

  private static Set<String> starters() {
    Set<String> s = new HashSet<>();
    s.addAll(MONTHS.keySet());
    s.addAll(WEEKDAYS.keySet());
    s.addAll(DEICTIC_DAYS.keySet());
    s.addAll(LONG_DURATIONS.keySet());
    s.addAll(VAGUE_COUNTS);
    s.addAll(SEASONS.keySet());
    s.addAll(PREVIOUS);
    s.addAll(NEXT);
    s.addAll(THIS);
    s.addAll(SPAN_BACK);
    s.addAll(SPAN_AHEAD);
    s.addAll(ORDINALS.keySet());
    s.addAll(MODIFIERS.keySet());
    s.addAll(MODIFIER_NOUNS.keySet());
    s.addAll(HOLIDAYS.keySet());
    s.addAll(UNITS.keySet());
    s.addAll(Set.of("de", "het", "jaar", "jaren", "anno", "van", "tussen", "over", "q", "een", "halve",
        "oud", "goede", "laatste", "jongstleden", "halfjaar", "halfuur"));
    return nullSafe(s);
  }

  /** True for a word that may start a time expression, including number words. */
  static boolean canStart(String lowerWord) {
    return lowerWord != null && (STARTERS.contains(lowerWord) || NumberWords.value(lowerWord) > 0);
  }
}
