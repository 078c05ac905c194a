package nl.kroniek.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a lower-case Dutch compound into the words it is made of, using the OpenTaal word list as the
 * dictionary: {@code veiligheidsdiensten → [veiligheid, diensten]}, {@code kinderopvangtoeslag →
 * [kinderopvang, toeslag]}, while {@code minister}, {@code smokkelaars} and {@code parlementariërs} stay whole.
 *
 * <p>Method. A split is a chain of one or more <em>modifiers</em>, each optionally followed by a linking
 * {@code s}, and a <em>head</em> that ends the word and carries its inflection. Every part must be a word the
 * list spells in lower case (a modifier of five letters or more may also be a name: {@code balkan|bewoners}), at
 * least {@value #MIN_PART_LENGTH} letters long (a few listed three-letter words excepted). The -en- of
 * {@code boekenkast} needs no rule because the list has the plural {@code boeken}; a bare -e- split nothing right
 * on news vocabulary ({@code burg|e|meester}) and is not used. Among the valid splits the one with the fewest
 * parts wins, then the one with the longest first part, so lexicalised compounds stay together
 * ({@code gemeenteraad|s|verkiezingen}, not {@code gemeente|raadsverkiezingen}); the parts are not split further.
 * Three guards keep derived words whole:
 * <ul>
 *   <li>hand-written lists ({@code compound-rules.txt}) of heads that are really suffixes ({@code aars},
 *       {@code ster}, {@code rijk}), of modifiers that are particles ({@code voor}, {@code onder}) and of
 *       lexicalised words ({@code burgemeester});
 *   <li>a head that is an ending plus one or two letters ({@code r|ing}, {@code p|en}) is rejected;
 *   <li>the split must also split the word's base, found by stripping an ending ({@code gesprekken → gesprek}
 *       must split as {@code gesp|rek}, which it cannot, so {@code gesp|rekken} is rejected).
 * </ul>
 * Words the list knows only capitalised (names, {@code GroenLinks}) and Dutch family names that are not also
 * common words are never split.
 *
 * <p>Results are cached (bounded; the cache is emptied when full) because analysis asks for every token.
 * Instances are thread-safe.
 */
public final class Decompounder {

  /** Shorter words are never split. */
  public static final int MIN_WORD_LENGTH = 7;
  /** Longer tokens (URLs, garbage) are never split; it also bounds the quadratic search. */
  public static final int MAX_WORD_LENGTH = 64;
  /** Minimum letters of a part, except the three-letter words listed in the rules. */
  public static final int MIN_PART_LENGTH = 4;

  private static final int DEFAULT_CACHE_SIZE = 100_000;
  /** Endings after which a head must keep at least three letters, else it is a cut-off suffix. */
  private static final String[] HEAD_ENDINGS = {
    "en", "ing", "ingen", "ende", "enden", "eren", "eert", "eerde", "eerden", "heid", "heden", "lijk",
    "lijke", "aar", "aars", "ster", "sters"
  };
  private static final int MIN_HEAD_STEM = 3;
  private static final int MIN_CAPITALISED_MODIFIER = 5;

  private static final class DutchHolder {
    static final Decompounder INSTANCE =
        new Decompounder(WordList.openTaal(), WordList.dutchFamilyNames(), CompoundRules.bundled(),
            DEFAULT_CACHE_SIZE);
  }

  private final WordList words;
  private final WordList familyNames;
  private final CompoundRules rules;
  private final int cacheSize;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  /**
   * A decompounder over {@code words} that never splits a word of {@code familyNames} unless {@code words}
   * spells it in lower case, with the bundled rules.
   */
  public Decompounder(WordList words, WordList familyNames) {
    this(words, familyNames, CompoundRules.bundled(), DEFAULT_CACHE_SIZE);
  }

  Decompounder(WordList words, WordList familyNames, CompoundRules rules, int cacheSize) {
    this.words = Objects.requireNonNull(words, "words");
    this.familyNames = Objects.requireNonNull(familyNames, "familyNames");
    this.rules = Objects.requireNonNull(rules, "rules");
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize < 0: " + cacheSize);
    }
    this.cacheSize = cacheSize;
  }

  /** The shared Dutch decompounder: OpenTaal words, Dutch family names, bundled rules. Loads on first use. */
  public static Decompounder dutch() {
    return DutchHolder.INSTANCE;
  }

  /**
   * The parts of a lower-case word, modifiers first and head last, without linking elements; an empty list when
   * the word is not a compound (or not a word: digits, punctuation, too short or too long). A hyphenated word
   * is split at its hyphens only, when every piece has two letters or more ({@code is-strijders → [is,
   * strijders]}).
   *
   * @return an unmodifiable list, empty or with at least two parts
   */
  public List<String> split(CharSequence word) {
    Objects.requireNonNull(word, "word");
    int n = word.length();
    if (n < MIN_WORD_LENGTH || n > MAX_WORD_LENGTH) {
      return List.of();
    }
    String key = word.toString();
    List<String> parts = cache.get(key);
    if (parts == null) {
      parts = key.indexOf('-') >= 0 ? splitAtHyphens(key) : compute(key.toCharArray());
      if (cacheSize > 0) {
        if (cache.size() >= cacheSize) {
          cache.clear(); // cheaper than LRU bookkeeping; news vocabulary refills it quickly
        }
        cache.put(key, parts);
      }
    }
    return parts;
  }

  private static List<String> splitAtHyphens(String word) {
    String[] parts = word.split("-", -1);
    for (String part : parts) {
      if (part.length() < 2 || !allLetters(part.toCharArray())) {
        return List.of(); // a stray, doubled or edge hyphen is punctuation, not a compound
      }
    }
    return List.of(parts);
  }

  private static boolean allLetters(char[] w) {
    for (char c : w) {
      if (!Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  private List<String> compute(char[] w) {
    int n = w.length;
    if (!allLetters(w)
        || rules.neverSplit.contains(w, 0, n)
        || words.isCapitalisedOnly(w, 0, n)
        || (familyNames.contains(w, 0, n) && !words.isKnownLowercaseWord(w, 0, n))) {
      return List.of();
    }
    ModifierChains chains = new ModifierChains(w);
    List<Candidate> candidates = new ArrayList<>();
    for (int headStart = 3; headStart <= n - 3; headStart++) {
      if (chains.reachable(headStart) && isHead(w, headStart, n)) {
        candidates.add(chains.candidate(headStart));
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<String> bases = knownBases(w);
    for (String base : bases) {
      if (rules.neverSplit.contains(base)) {
        return List.of();
      }
    }
    candidates.sort(Candidate.BEST_FIRST);
    for (Candidate c : candidates) {
      if (agreesWithBases(w, c.headStart, bases)) {
        return chains.parts(c.headStart);
      }
    }
    return List.of();
  }

  private List<String> knownBases(char[] w) {
    String word = new String(w);
    List<String> bases = new ArrayList<>();
    for (String base : LemmaGuesser.candidates(word)) {
      if (!base.equals(word) && words.isKnownLowercaseWord(base.toCharArray(), 0, base.length())) {
        bases.add(base);
      }
    }
    return bases;
  }

  /** The head boundary must also fall between two words of every base: {@code fiets|tassen} fits fietstas. */
  private boolean agreesWithBases(char[] w, int headStart, List<String> bases) {
    for (String base : bases) {
      char[] b = base.toCharArray();
      int tail = b.length - headStart;
      if (tail < 3 || !samePrefix(w, b, headStart) || !isBaseHead(b, headStart, b.length)) {
        return false;
      }
    }
    return true;
  }

  private static boolean samePrefix(char[] a, char[] b, int length) {
    for (int i = 0; i < length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean isBaseHead(char[] w, int start, int end) {
    int len = end - start;
    return (len >= MIN_PART_LENGTH || rules.allowedHeads.contains(w, start, len))
        && !rules.stopHeads.contains(w, start, len)
        && words.isKnownLowercaseWord(w, start, len);
  }

  private boolean isHead(char[] w, int start, int end) {
    return isBaseHead(w, start, end)
        && (!isCutOffEnding(w, start, end) || rules.allowedHeads.contains(w, start, end - start));
  }

  private static boolean isCutOffEnding(char[] w, int start, int end) {
    int len = end - start;
    for (String ending : HEAD_ENDINGS) {
      int stem = len - ending.length();
      if (stem >= 0 && stem < MIN_HEAD_STEM && endsWith(w, end, ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] w, int end, String suffix) {
    int from = end - suffix.length();
    for (int i = 0; i < suffix.length(); i++) {
      if (w[from + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isModifier(char[] w, int start, int end) {
    int len = end - start;
    if (len < MIN_PART_LENGTH && !rules.shortModifiers.contains(w, start, len)) {
      return false;
    }
    if (rules.stopModifiers.contains(w, start, len) || isPrefixPlusLetter(w, start, len)) {
      return false;
    }
    return words.isKnownLowercaseWord(w, start, len)
        || (len >= MIN_CAPITALISED_MODIFIER && words.isCapitalisedOnly(w, start, len));
  }

  /** {@code verf}, {@code vers}, {@code verg}: mostly the prefix ver- plus the next letter (verg|eten). */
  private static boolean isPrefixPlusLetter(char[] w, int start, int len) {
    return len == 4 && w[start] == 'v' && w[start + 1] == 'e' && w[start + 2] == 'r';
  }

  /**
   * A split candidate: where the head starts and how the modifiers before it score. Best first: fewest parts,
   * longest first part (lexicalised modifiers stay whole), longest head, then the reading with a linking s.
   */
  private record Candidate(int headStart, int parts, int firstLength, int linkLength) {
    static final Comparator<Candidate> BEST_FIRST =
        Comparator.comparingInt(Candidate::parts)
            .thenComparing(Comparator.comparingInt(Candidate::firstLength).reversed())
            .thenComparingInt(Candidate::headStart)
            .thenComparing(Comparator.comparingInt(Candidate::linkLength).reversed());
  }

  /**
   * Dynamic programming over the word: for every position, the best chain of modifiers (each with its link)
   * that ends exactly there, preferring fewer modifiers, then a longer first modifier, then the reading with a
   * linking s ({@code staat|s|secretaris} over {@code staats|secretaris}: the linking s is far more common than
   * an s-final modifier such as {@code nieuws}, and the stemmer removes a final s anyway).
   */
  private final class ModifierChains {
    private final char[] w;
    private final int[] parts;
    private final int[] firstLength;
    private final int[] linkLength;
    private final int[] modifierStart;
    private final int[] modifierEnd;

    ModifierChains(char[] w) {
      this.w = w;
      int n = w.length;
      parts = new int[n + 1];
      firstLength = new int[n + 1];
      linkLength = new int[n + 1];
      modifierStart = new int[n + 1];
      modifierEnd = new int[n + 1];
      for (int start = 0; start < n; start++) {
        if (start > 0 && parts[start] == 0) {
          continue;
        }
        for (int end = start + 3; end <= n - 3; end++) {
          if (isModifier(w, start, end)) {
            extend(start, end, "");
            // a name takes no linking s: gerardu|s|plein is the name Gerardus
            if (words.isKnownLowercaseWord(w, start, end - start)) {
              extend(start, end, "s");
            }
          }
        }
      }
    }

    private void extend(int start, int end, String link) {
      int next = end + link.length();
      if (next > w.length - 3 || !startsWith(end, link)) {
        return;
      }
      if (!link.isEmpty()
          && (rules.stopModifiers.contains(w, start, next - start)
              || rules.sFinalModifiers.contains(w, start, next - start))) {
        return; // tegen+s is a particle; nieuw+s is the noun nieuws, not nieuw with a linking s
      }
      int p = parts[start] + 1;
      int first = start == 0 ? lengthBeforeS(start, end) : firstLength[start];
      int links = linkLength[start] + link.length();
      if (parts[next] == 0
          || p < parts[next]
          || (p == parts[next] && (first > firstLength[next]
              || (first == firstLength[next] && links > linkLength[next])))) {
        parts[next] = p;
        firstLength[next] = first;
        linkLength[next] = links;
        modifierStart[next] = start;
        modifierEnd[next] = end;
      }
    }

    /**
     * The length of a modifier not counting a final s, so that {@code rentes|tand} does not beat
     * {@code rente|stand} merely by taking the s (the plural modifier is the accident, not the rule).
     */
    private int lengthBeforeS(int start, int end) {
      return w[end - 1] == 's' ? end - start - 1 : end - start;
    }

    private boolean startsWith(int at, String s) {
      for (int i = 0; i < s.length(); i++) {
        if (w[at + i] != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    boolean reachable(int position) {
      return parts[position] > 0;
    }

    Candidate candidate(int headStart) {
      return new Candidate(headStart, parts[headStart] + 1, firstLength[headStart], linkLength[headStart]);
    }

    List<String> parts(int headStart) {
      String[] out = new String[parts[headStart] + 1];
      out[out.length - 1] = new String(w, headStart, w.length - headStart);
      for (int pos = headStart, i = out.length - 2; pos > 0; pos = modifierStart[pos], i--) {
        out[i] = new String(w, modifierStart[pos], modifierEnd[pos] - modifierStart[pos]);
      }
      return List.of(out);
    }
  }
}
