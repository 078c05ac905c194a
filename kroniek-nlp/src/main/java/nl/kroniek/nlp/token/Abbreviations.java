package nl.kroniek.nlp.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Abbreviations written with a period, and what each does to sentence splitting. Entries end with their
 * period ({@code "dhr."}, {@code "v.Chr."}); a token matches an entry as listed, in lower case, or in lower
 * case with its first letter capitalised ({@code Dhr.}, {@code St.}), so an all-caps word at a sentence
 * end ({@code ING.}) is not taken for an abbreviation.
 *
 * <p>Abbreviations made only of single letters and periods ({@code o.a.}, {@code d.w.z.}, {@code J.P.})
 * need no entry: the tokenizer recognises the pattern. Immutable and thread-safe.
 */
public final class Abbreviations {

  /** What an abbreviation does to the sentence it stands in. */
  public enum Kind {
    /** Precedes a name ({@code dhr.}, {@code prof.}, {@code St.}): never ends a sentence. */
    TITLE,
    /** Stands inside a sentence ({@code o.a.}, {@code blz.}, {@code ca.}): never ends one. */
    WITHIN_SENTENCE,
    /** Often ends a sentence ({@code enz.}, {@code etc.}, {@code jl.}): ends one before a capital. */
    MAY_END_SENTENCE,
    /**
     * Is also a word or name ({@code jan.} vs the name Jan): an abbreviation only next to a number
     * ({@code 3 jan. 2019}); never ends a sentence.
     */
    NEXT_TO_NUMBER
  }

  private static final Abbreviations DUTCH = new Abbreviations(dutchEntries());

  private final Map<String, Kind> entries;
  /** Every entry as listed, in lower case, and in lower case with its first letter capitalised. */
  private final Map<String, Kind> kinds = new HashMap<>();
  /** Entries with an inner period and a segment of several letters ({@code Ph.D.}): matched by lookahead. */
  private final List<String> multiSegment = new ArrayList<>();
  private final int longest;

  private Abbreviations(Map<String, Kind> entries) {
    this.entries = Map.copyOf(entries);
    int max = 0;
    for (Map.Entry<String, Kind> e : entries.entrySet()) {
      String lower = e.getKey().toLowerCase(Locale.ROOT);
      Kind kind = Objects.requireNonNull(e.getValue(), "kind");
      if (!lower.endsWith(".") || lower.length() < 2 || lower.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("an abbreviation ends with a period, has no spaces: " + e.getKey());
      }
      String capital = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
      for (String variant : new LinkedHashSet<>(List.of(e.getKey(), lower, capital))) {
        if (kinds.put(variant, kind) == null && hasLongInnerSegment(variant)) {
          multiSegment.add(variant);
        }
      }
      max = Math.max(max, lower.length());
    }
    longest = max;
  }

  /** The built-in Dutch list (titles, common abbreviations, months); see docs/tokenization.md. */
  public static Abbreviations dutch() {
    return DUTCH;
  }

  /**
   * A list of your own; keys are abbreviations with their final period.
   *
   * @throws IllegalArgumentException if a key does not end with a period or contains whitespace
   */
  public static Abbreviations of(Map<String, Kind> entries) {
    return new Abbreviations(Map.copyOf(entries));
  }

  /** This list plus {@code more}, whose kinds win. */
  public Abbreviations with(Map<String, Kind> more) {
    Map<String, Kind> all = new HashMap<>();
    all.putAll(entries);
    all.putAll(more);
    return new Abbreviations(all);
  }

  /** The kind of {@code token} (with its period, as written), if it is on this list. */
  public Optional<Kind> kindOf(String token) {
    Objects.requireNonNull(token, "token");
    return Optional.ofNullable(kinds.get(token));
  }

  /** Kind of {@code text[start, end)} (ending in its period), or null. */
  Kind kindOf(String text, int start, int end) {
    if (end - start > longest) {
      return null; // longer than any entry: spares the substring
    }
    return kinds.get(text.substring(start, end));
  }

  /** End of an entry like {@code Ph.D.} or {@code v.Chr.} written at {@code start}, or -1. */
  int matchMultiSegment(String text, int start) {
    for (String entry : multiSegment) {
      int end = start + entry.length();
      if (text.startsWith(entry, start) && (end == text.length()
          || !CharClass.isWordChar(CharClass.of(text.charAt(end))))) {
        return end;
      }
    }
    return -1;
  }

  private static boolean hasLongInnerSegment(String entry) {
    int dot = entry.indexOf('.');
    if (dot == entry.length() - 1) {
      return false;
    }
    int segmentStart = 0;
    for (int i = 0; i < entry.length(); i++) {
      if (entry.charAt(i) == '.') {
        if (i - segmentStart > 1) {
          return true;
        }
        segmentStart = i + 1;
      }
    }
    return false;
  }

  private static Map<String, Kind> dutchEntries() {
    Map<String, Kind> m = new HashMap<>();
    // Forms of address and titles: they precede a name.
    put(m, Kind.TITLE, "dhr.", "dhrn.", "hr.", "mr.", "mevr.", "mw.", "mej.", "dr.", "drs.", "prof.", "ir.", "ing.",
        "ds.", "mgr.", "st.", "jhr.", "jkvr.", "gebr.", "wed.", "zr.", "kol.", "lt.", "kapt.", "sgt.", "burg.",
        "weth.", "staatssecr.", "mrs.", "ms.", "sr.", "jr.");
    // Inside a sentence.
    put(m, Kind.WITHIN_SENTENCE, "blz.", "bijv.", "bv.", "nr.", "nrs.", "ca.", "resp.", "vs.", "vgl.", "zgn.",
        "zg.", "evt.", "incl.", "excl.", "tel.", "afb.", "fig.", "hfst.", "mln.", "mld.", "mrd.", "gem.", "ong.",
        "nl.", "vnl.", "aanv.", "betr.", "afd.", "adv.", "dgl.", "eig.", "fa.", "fam.", "geb.", "gest.", "inw.",
        "inz.", "kath.", "ned.", "pag.", "pct.", "plm.", "prov.", "tgv.", "verg.", "vlg.", "vz.", "cf.", "enk.",
        "mv.", "vert.", "bijz.", "feb.", "febr.", "mrt.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
        "okt.", "nov.", "dec.", "v.Chr.", "n.Chr.", "Ph.D.");
    // Often the last word of a sentence.
    put(m, Kind.MAY_END_SENTENCE, "enz.", "etc.", "e.d.", "e.a.", "c.s.", "e.v.", "e.o.", "a.s.", "jl.",
        "inc.", "ltd.", "co.", "corp.", "bros.");
    // Also ordinary words or names (Jan, Max, art): only next to a number.
    put(m, Kind.NEXT_TO_NUMBER, "jan.", "max.", "min.", "art.", "dl.");
    return m;
  }

  private static void put(Map<String, Kind> m, Kind kind, String... abbreviations) {
    for (String a : abbreviations) {
      if (m.put(a, kind) != null) {
        throw new IllegalStateException("listed twice: " + a);
      }
    }
  }
}
