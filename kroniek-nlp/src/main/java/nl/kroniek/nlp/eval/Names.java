package nl.kroniek.nlp.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comparison of names as annotators and extractors write them: {@code Wouter Koolmees}, {@code Koolmees},
 * {@code minister Koolmees}, {@code de BBC}, {@code The Guardian}.
 */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  // Dropped at the start of a name: "de BBC" and "BBC", "The Guardian" and "Guardian" are the same name.
  private static final Set<String> LEADING_ARTICLES = Set.of("de", "het", "een", "the", "a", "an");
  // A match on these alone ("van", "de") says nothing about who is meant.
  private static final Set<String> PARTICLES = Set.of("de", "het", "een", "van", "der", "den", "ter", "ten", "te",
      "t", "the", "a", "an", "of", "and", "en", "la", "le", "el", "al", "von", "du", "des", "da", "di", "bin");

  private Names() {}

  /**
   * The words of a name: lower case, diacritics and punctuation removed, leading articles dropped.
   * {@code "de Gökmen T."} gives {@code [gokmen, t]}; null or blank gives an empty list.
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    for (String w : NON_WORD.split(plain)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    while (words.size() > 1 && LEADING_ARTICLES.contains(words.get(0))) {
      words.remove(0);
    }
    return words;
  }

  /** Same name after {@link #words} normalisation; two missing names are the same. */
  static boolean same(String a, String b) {
    return words(a).equals(words(b));
  }

  /**
   * Whether a predicted name refers to the gold name: the same, or one contained in the other as a run of
   * whole words that is more than particles ({@code Koolmees} in {@code Wouter Koolmees},
   * {@code Wouter Koolmees} in {@code minister Wouter Koolmees}; not {@code van} in {@code Jasper van Dijk}).
   * Two missing names agree; a missing and a present name do not.
   */
  static boolean agree(String gold, String predicted) {
    List<String> g = words(gold);
    List<String> p = words(predicted);
    if (g.isEmpty() || p.isEmpty()) {
      return g.isEmpty() && p.isEmpty();
    }
    return g.equals(p) || (contains(g, p) && hasContent(p)) || (contains(p, g) && hasContent(g));
  }

  private static boolean contains(List<String> outer, List<String> inner) {
    return inner.size() <= outer.size() && java.util.Collections.indexOfSubList(outer, inner) >= 0;
  }

  private static boolean hasContent(List<String> words) {
    for (String w : words) {
      if (!PARTICLES.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
