package nl.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import nl.kroniek.model.fact.Span;

/**
 * Pairs gold and predicted facts one-to-one: a maximum matching over the allowed pairs (overlapping spans
 * that pass the criterion), so that no gold fact counts twice and the order of the lists does not change the
 * score. Among equally many matches, each gold fact tries the prediction that overlaps it most first.
 *
 * <p>Kuhn's augmenting-path algorithm: O(gold x allowed pairs), small for the tens of facts in an article.
 */
final class OneToOneMatcher {

  private OneToOneMatcher() {}

  /**
   * The gold index matched to each prediction, or -1.
   *
   * @param allowed whether gold i and prediction j may be paired (their spans already overlap)
   */
  static <T extends Span> int[] match(List<T> gold, List<T> predicted, BiPredicate<T, T> allowed) {
    List<int[]> candidates = new ArrayList<>(gold.size());
    for (T g : gold) {
      List<Integer> js = new ArrayList<>();
      for (int j = 0; j < predicted.size(); j++) {
        T p = predicted.get(j);
        if (MatchRules.overlap(g, p) && allowed.test(g, p)) {
          js.add(j);
        }
      }
      js.sort(Comparator.comparingDouble((Integer j) -> -MatchRules.overlapRatio(g, predicted.get(j)))
          .thenComparingInt(j -> j));
      candidates.add(js.stream().mapToInt(Integer::intValue).toArray());
    }
    int[] goldOf = new int[predicted.size()];
    Arrays.fill(goldOf, -1);
    for (int i = 0; i < gold.size(); i++) {
      augment(i, candidates, goldOf, new boolean[predicted.size()]);
    }
    return goldOf;
  }

  private static boolean augment(int i, List<int[]> candidates, int[] goldOf, boolean[] visited) {
    for (int j : candidates.get(i)) {
      if (visited[j]) {
        continue;
      }
      visited[j] = true;
      if (goldOf[j] < 0 || augment(goldOf[j], candidates, goldOf, visited)) {
        goldOf[j] = i;
        return true;
      }
    }
    return false;
  }
}
