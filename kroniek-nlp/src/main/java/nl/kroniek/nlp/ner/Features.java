package nl.kroniek.nlp.ner;

/**
 * The recogniser's features for one token, as 64-bit hashes of (template, values). Hashing instead of
 * building strings keeps tagging allocation-light: the model maps each hash to a weight row.
 *
 * <p>Templates: the word and its neighbours (lower case), word bigrams, shapes, prefixes and suffixes,
 * word classes of the token and its neighbours (capitalised at the start of a sentence or inside it),
 * lexicon hits (known lower-case word, name only known capitalised, first name, family name), place names
 * from the gazetteer, the parts of hyphenated compounds ({@code IS-strijders}: first part capitalised,
 * last part a common noun), and document-level counts (the same word capitalised or lower case elsewhere in
 * the article).
 */
final class Features {

  /** Upper bound on features per token, for buffers. */
  static final int MAX = 80;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Features() {}

  /**
   * Writes the hashes of the features of token {@code i} of sentence {@code s} into {@code out} and returns
   * how many there are.
   */
  static int extract(NerDocument d, int s, int i, long[] out) {
    int k = lexical(d, s, i, out, 0);
    return contextual(d, s, i, out, k);
  }

  /**
   * The features that depend only on the word itself and on whether it starts a sentence (its word, case,
   * shape, affixes, lexicon bits, word classes): the same for every occurrence of that word in that
   * position, so a model can cache their summed weights per word type.
   */
  static int lexical(NerDocument d, int s, int i, long[] out, int k) {
    String lw = d.lower[s][i];
    byte c0 = d.cls[s][i];
    int lex = d.lex[s][i];
    int len = lw.length();
    out[k++] = hash(1, 0);
    out[k++] = hash(2, lw);
    out[k++] = hash(9, d.words[s][i]); // exact case: IS vs is
    out[k++] = hash(10, d.shape[s][i]);
    for (int a = 1; a <= 4 && a < len; a++) {
      out[k++] = hash(20 + a, lw, 0, a);
    }
    for (int a = 1; a <= 5 && a < len; a++) {
      out[k++] = hash(30 + a, lw, len - a, len);
    }
    out[k++] = hash(40, c0);
    out[k++] = hash(44, c0, lex & (Lexicon.KNOWN_LOWER | Lexicon.PROPER));
    out[k++] = hash(45, c0, lex & (Lexicon.FIRST_NAME | Lexicon.COMMON_FIRST_NAME));
    out[k++] = hash(46, c0, lex & Lexicon.FAMILY_NAME);
    out[k++] = hash(53, Math.min(len, 12));
    out[k++] = hash(56, d.initial[s][i] ? 1 : 0, lw);
    if (len > 3) {
      out[k++] = hash(57, c0, lw, len - 3, len);
    }
    int hyphen = lw.indexOf('-');
    if (hyphen > 0 && hyphen < len - 1) {
      int last = lw.lastIndexOf('-');
      out[k++] = hash(60, lw, 0, hyphen);
      out[k++] = hash(61, lw, last + 1, len);
      String orig = d.words[s][i];
      boolean firstUpper = Character.isUpperCase(orig.charAt(0));
      boolean lastUpper = last + 1 < orig.length() && Character.isUpperCase(orig.charAt(last + 1));
      out[k++] = hash(62, firstUpper ? 1 : 0, lastUpper ? 1 : 0, d.initial[s][i] ? 1 : 0);
    }
    if (lw.endsWith("'s") || lw.endsWith("’s")) {
      out[k++] = hash(63, c0);
    }
    for (int level = 0; level < d.levels; level++) {
      int c = d.cluster(s, i, level);
      out[k++] = hash(70 + level, c);
      out[k++] = hash(75 + level, c, c0);
    }
    return k;
  }

  /** The features that look at the neighbours, the gazetteer matches and the rest of the document. */
  static int contextual(NerDocument d, int s, int i, long[] out, int k) {
    WordInfo[] w = d.info[s];
    int n = w.length;
    byte c0 = d.cls[s][i];
    byte cPrev = i > 0 ? d.cls[s][i - 1] : -1;
    byte cNext = i + 1 < n ? d.cls[s][i + 1] : -1;
    long h0 = w[i].lowerHash;
    long hPrev = i > 0 ? w[i - 1].lowerHash : START;
    long hNext = i + 1 < n ? w[i + 1].lowerHash : END;
    long hPrev2 = i > 1 ? w[i - 2].lowerHash : START;
    long hNext2 = i + 2 < n ? w[i + 2].lowerHash : END;
    int lex = d.lex[s][i];
    out[k++] = hash(3, hPrev);
    out[k++] = hash(4, hNext);
    out[k++] = hash(5, hPrev2);
    out[k++] = hash(6, hNext2);
    out[k++] = hash(7, hPrev, h0);
    out[k++] = hash(8, h0, hNext);
    out[k++] = hash(11, i > 0 ? w[i - 1].shapeHash : START, w[i].shapeHash, i + 1 < n ? w[i + 1].shapeHash : END);
    out[k++] = hash(41, cPrev, c0, cNext);
    out[k++] = hash(42, cPrev, c0);
    out[k++] = hash(43, c0, cNext);
    int lexPrev = i > 0 ? d.lex[s][i - 1] : 0;
    int lexNext = i + 1 < n ? d.lex[s][i + 1] : 0;
    out[k++] = hash(47, c0, (lexPrev & Lexicon.FIRST_NAME) != 0 ? cPrev : -1);
    out[k++] = hash(48, c0, (lexNext & Lexicon.FAMILY_NAME) != 0 ? cNext : -1);
    out[k++] = hash(49, c0, d.capitalisedElsewhere(s, i), d.lowercaseElsewhere(s, i));
    out[k++] = hash(50, d.gazetteer[s][i]);
    out[k++] = hash(51, i > 0 ? d.gazetteer[s][i - 1] : -1, d.gazetteer[s][i]);
    out[k++] = hash(52, d.gazetteer[s][i], i + 1 < n ? d.gazetteer[s][i + 1] : -1);
    // a place name that is also a person's name: Davenport, Brinkhorst, Chester
    out[k++] = hash(58, d.gazetteer[s][i], lex & (Lexicon.FIRST_NAME | Lexicon.FAMILY_NAME | Lexicon.KNOWN_LOWER));
    out[k++] = hash(54, hPrev, c0);
    out[k++] = hash(55, c0, hNext);
    for (int level = 0; level < Math.min(2, d.levels); level++) {
      int c = d.cluster(s, i, level);
      out[k++] = hash(80 + level, d.cluster(s, i - 1, level), c);
      out[k++] = hash(85 + level, c, d.cluster(s, i + 1, level));
    }
    return k;
  }

  /** Stand-ins for the word before the first and after the last of a sentence. */
  private static final long START = 0x5354415254L;
  private static final long END = 0x454e44L;

  static long hash(int template, long a) {
    long h = mix(FNV_OFFSET, template);
    return finish(mix(h, a));
  }

  static long hash(int template, long a, long b) {
    return finish(mix(mix(mix(FNV_OFFSET, template), a), b));
  }

  static long hash(int template, long a, long b, long c) {
    return finish(mix(mix(mix(mix(FNV_OFFSET, template), a), b), c));
  }

  static long hash(int template, String a) {
    return finish(chars(mix(FNV_OFFSET, template), a, 0, a.length()));
  }

  static long hash(int template, String a, int from, int to) {
    return finish(chars(mix(FNV_OFFSET, template), a, from, to));
  }

  static long hash(int template, String a, String b) {
    long h = chars(mix(FNV_OFFSET, template), a, 0, a.length());
    return finish(chars(mix(h, 0x1F), b, 0, b.length()));
  }

  static long hash(int template, String a, String b, String c) {
    long h = chars(mix(FNV_OFFSET, template), a, 0, a.length());
    h = chars(mix(h, 0x1F), b, 0, b.length());
    return finish(chars(mix(h, 0x1F), c, 0, c.length()));
  }

  static long hash(int template, long a, String b) {
    return finish(chars(mix(mix(FNV_OFFSET, template), a), b, 0, b.length()));
  }

  static long hash(int template, String a, long b) {
    return finish(mix(chars(mix(FNV_OFFSET, template), a, 0, a.length()), b));
  }

  static long hash(int template, long a, String b, int from, int to) {
    return finish(chars(mix(mix(FNV_OFFSET, template), a), b, from, to));
  }

  private static long mix(long h, long v) {
    return (h ^ v) * FNV_PRIME;
  }

  private static long chars(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** Avalanche (murmur3 fmix64) and never 0, which the feature map reserves. */
  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
