package nl.kroniek.nlp.ner;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the recogniser needs to know about a word type, computed once and shared by every occurrence: lower
 * case and shape (and their hashes, so neighbouring-word features combine numbers instead of rehashing
 * text), lexicon bits, word classes, word class at and after a sentence start, and — filled in on first use —
 * the summed weights of the word's lexical features for the model in use. News repeats a small vocabulary
 * ({@code de}, {@code het}, {@code zei}), so after a few articles almost every token costs one map lookup.
 */
final class WordInfo {

  static final int MAX_ENTRIES = 200_000;

  final String lower;
  final String shape;
  final long lowerHash;
  final long shapeHash;
  final int lexicon;
  final int[] clusters;
  final boolean letterOrDigit;
  final byte classInitial;
  final byte classInner;
  private volatile float[] lexicalInitial;
  private volatile float[] lexicalInner;

  private WordInfo(String word, Lexicon lex, WordClusters wordClusters) {
    this.lower = word.toLowerCase(Locale.ROOT);
    this.shape = NerDocument.shape(word);
    this.lowerHash = Features.hash(0, lower);
    this.shapeHash = Features.hash(0, shape);
    this.lexicon = lex.bits(word, lower);
    this.clusters = new int[wordClusters.levels()];
    for (int l = 0; l < clusters.length; l++) {
      clusters[l] = wordClusters.classOf(lower, l);
    }
    this.letterOrDigit = NerDocument.hasLetterOrDigit(word);
    this.classInitial = NerDocument.wordClass(word, true);
    this.classInner = NerDocument.wordClass(word, false);
  }

  /** The model's summed lexical weights for this word at or after a sentence start, or null if not yet known. */
  float[] lexicalWeights(boolean initial) {
    return initial ? lexicalInitial : lexicalInner;
  }

  void lexicalWeights(boolean initial, float[] weights) {
    if (initial) {
      lexicalInitial = weights;
    } else {
      lexicalInner = weights;
    }
  }

  /**
   * The word types seen by one recogniser. Bounded: when it holds {@link #MAX_ENTRIES} words it is cleared
   * and refills, which keeps memory flat on an archive of any size.
   */
  static final class Cache {
    private final Lexicon lexicon;
    private final WordClusters wordClusters;
    private final ConcurrentHashMap<String, WordInfo> map = new ConcurrentHashMap<>(1 << 14);

    Cache(Lexicon lexicon, WordClusters wordClusters) {
      this.lexicon = lexicon;
      this.wordClusters = wordClusters;
    }

    WordInfo get(String word) {
      WordInfo info = map.get(word);
      if (info == null) {
        info = new WordInfo(word, lexicon, wordClusters);
        if (map.size() >= MAX_ENTRIES) {
          map.clear();
        }
        map.put(word, info);
      }
      return info;
    }

    Lexicon lexicon() {
      return lexicon;
    }

    WordClusters clusters() {
      return wordClusters;
    }
  }
}
