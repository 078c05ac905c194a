package nl.kroniek.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One document prepared for the recogniser: the words of each sentence and, computed once, what the
 * features ask about them (lower case, shape, word class, lexicon hits, document-level counts).
 *
 * <p>The recogniser looks at the whole document because a Dutch sentence starts with a capital: whether
 * {@code Dillon} at the start of a sentence is a name is easier to tell when the same word appears
 * capitalised in the middle of another sentence of the same article.
 */
final class NerDocument {

  /** Word classes. */
  static final byte PUNCT = 0;
  static final byte NUM = 1;
  static final byte ALNUM = 2;
  static final byte LOWER = 3;
  static final byte ALLCAPS = 4;
  static final byte CAP_INITIAL = 5;
  static final byte CAP = 6;
  static final byte OTHER = 7;

  final String[][] words;
  final String[][] lower;
  final String[][] shape;
  final byte[][] cls;
  final boolean[][] initial;
  final int[][] lex; // Lexicon bits
  final byte[][] gazetteer; // Lexicon.GAZ_* codes, with the high bit set for inside (I-) positions
  final int[][] clusters; // per token: levels consecutive class ids (-1 = unknown word)
  final WordInfo[][] info; // the shared per-word-type facts of each token
  final int levels;
  private final Map<String, int[]> counts; // lower -> {capitalised mid-sentence, lower case}

  NerDocument(List<? extends List<String>> sentences, Lexicon lexicon) {
    this(sentences, lexicon, WordClusters.NONE);
  }

  NerDocument(List<? extends List<String>> sentences, Lexicon lexicon, WordClusters wordClusters) {
    this(sentences, new WordInfo.Cache(lexicon, wordClusters));
  }

  NerDocument(List<? extends List<String>> sentences, WordInfo.Cache cache) {
    Lexicon lexicon = cache.lexicon();
    int n = sentences.size();
    levels = cache.clusters().levels();
    clusters = new int[n][];
    words = new String[n][];
    info = new WordInfo[n][];
    lower = new String[n][];
    shape = new String[n][];
    cls = new byte[n][];
    initial = new boolean[n][];
    lex = new int[n][];
    gazetteer = new byte[n][];
    counts = new HashMap<>();
    for (int s = 0; s < n; s++) {
      List<String> sentence = sentences.get(s);
      int len = sentence.size();
      words[s] = sentence.toArray(new String[0]);
      info[s] = new WordInfo[len];
      lower[s] = new String[len];
      shape[s] = new String[len];
      cls[s] = new byte[len];
      initial[s] = new boolean[len];
      lex[s] = new int[len];
      clusters[s] = new int[len * levels];
      boolean atStart = true;
      for (int i = 0; i < len; i++) {
        String w = words[s][i];
        WordInfo wi = cache.get(w);
        info[s][i] = wi;
        lower[s][i] = wi.lower;
        shape[s][i] = wi.shape;
        initial[s][i] = atStart && wi.letterOrDigit;
        cls[s][i] = initial[s][i] ? wi.classInitial : wi.classInner;
        lex[s][i] = wi.lexicon;
        System.arraycopy(wi.clusters, 0, clusters[s], i * levels, levels);
        if (wi.letterOrDigit) {
          atStart = opensClause(w);
        } else {
          atStart = atStart || opensClause(w);
        }
        int[] c = counts.computeIfAbsent(wi.lower, k -> new int[2]);
        if (cls[s][i] == CAP || cls[s][i] == ALLCAPS && !initial[s][i]) {
          c[0]++;
        } else if (cls[s][i] == LOWER) {
          c[1]++;
        }
      }
      gazetteer[s] = lexicon.gazetteerTags(words[s]);
    }
  }

  /** The word class of token i at a granularity (0 = coarsest), or -2 outside the sentence. */
  int cluster(int s, int i, int level) {
    if (level >= levels || i < 0 || i >= words[s].length) {
      return -2;
    }
    return clusters[s][i * levels + level];
  }

  int sentenceCount() {
    return words.length;
  }

  /** How often the word occurs capitalised mid-sentence elsewhere in the document (0, 1, 2 = more). */
  int capitalisedElsewhere(int s, int i) {
    int c = counts.get(lower[s][i])[0] - (cls[s][i] == CAP ? 1 : 0);
    return Math.min(2, c);
  }

  /** How often the word occurs in lower case elsewhere in the document (0, 1, 2 = more). */
  int lowercaseElsewhere(int s, int i) {
    int c = counts.get(lower[s][i])[1] - (cls[s][i] == LOWER ? 1 : 0);
    return Math.min(2, c);
  }

  /** After these a new clause starts and a capital is no evidence of a name. */
  private static boolean opensClause(String w) {
    return switch (w) {
      case ":", "\"", "“", "”", "„", "'", "‘", "’", ",,", "«", "»", "-", "–", "—", "(", "[", ".", "!", "?", "…" -> true;
      default -> false;
    };
  }

  static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static byte wordClass(String w, boolean initial) {
    int letters = 0;
    int upper = 0;
    int digits = 0;
    char firstLetter = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (firstLetter == 0) {
          firstLetter = c;
        }
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    if (letters == 0) {
      return digits > 0 ? NUM : PUNCT;
    }
    if (digits > 0) {
      return ALNUM;
    }
    if (upper == letters && letters > 1) {
      return ALLCAPS;
    }
    if (Character.isUpperCase(firstLetter) || Character.isTitleCase(firstLetter)) {
      return initial ? CAP_INITIAL : CAP;
    }
    return Character.isLowerCase(firstLetter) ? LOWER : OTHER;
  }

  /** Xxxx → "Xx", IS-strijders → "X-x", 3.500 → "d.d", al-Nusra → "x-Xx"; at most 12 chars. */
  static String shape(String w) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < w.length() && sb.length() < 12; i++) {
      char c = w.charAt(i);
      char k;
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        k = 'X';
      } else if (Character.isLetter(c)) {
        k = 'x';
      } else if (Character.isDigit(c)) {
        k = 'd';
      } else {
        k = c;
      }
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }
}
