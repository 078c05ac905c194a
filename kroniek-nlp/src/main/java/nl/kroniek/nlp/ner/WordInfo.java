package nl.kroniek.nlp.ner;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the features need to know about a word type, computed once and shared: its lower case, shape,
 * lexicon bits and word classes. News repeats a small vocabulary ({@code de}, {@code het}, {@code zei}), so
 * after a few articles almost every token is one map lookup instead of a dozen.
 *
 * <p>The cache is bounded: when it holds {@link #MAX_ENTRIES} words it is cleared and refills, which keeps
 * memory flat on an archive of any size at the cost of a moment's recomputation.
 */
record WordInfo(String lower, String shape, int lexicon, int[] clusters) {

  static final int MAX_ENTRIES = 200_000;

  /** A cache for one lexicon and one set of word classes (one per model). */
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
        info = compute(word);
        if (map.size() >= MAX_ENTRIES) {
          map.clear();
        }
        map.put(word, info);
      }
      return info;
    }

    private WordInfo compute(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      int levels = wordClusters.levels();
      int[] classes = new int[levels];
      for (int l = 0; l < levels; l++) {
        classes[l] = wordClusters.classOf(lower, l);
      }
      return new WordInfo(lower, NerDocument.shape(word), lexicon.bits(word, lower), classes);
    }

    Lexicon lexicon() {
      return lexicon;
    }

    WordClusters clusters() {
      return wordClusters;
    }
  }
}
