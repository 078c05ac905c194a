package nl.kroniek.nlp.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-token phrases ({@code meer dan}, {@code ca .}, {@code Amerikaanse dollar}, {@code km / u}) mapped to a
 * value, matched longest-first at a token position. Keys are written lower-case without diacritics, tokens
 * separated by single spaces, exactly as {@link Tokens} cuts them. Lookup is a hash probe on the first token
 * plus a comparison of at most a handful of candidates, so matching never depends on text length.
 */
final class PhraseTable<V> {

  /** A match: the value and the index of the first token after the phrase. */
  record Match<V>(V value, int next) {}

  private record Phrase<V>(String[] words, V value) {}

  private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();

  PhraseTable<V> add(String phrase, V value) {
    String[] words = phrase.split(" ");
    List<Phrase<V>> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(new Phrase<>(words, value));
    list.sort(Comparator.comparingInt((Phrase<V> p) -> p.words().length).reversed());
    return this;
  }

  /** Adds every phrase with the same value. */
  PhraseTable<V> addAll(V value, String... phrases) {
    for (String phrase : phrases) {
      add(phrase, value);
    }
    return this;
  }

  /** The longest phrase starting at token i that does not cross a paragraph break, or null. */
  Match<V> match(Tokens tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return null;
    }
    List<Phrase<V>> candidates = byFirstWord.get(tokens.lower(i));
    if (candidates == null) {
      return null;
    }
    for (Phrase<V> phrase : candidates) {
      if (matchesAt(tokens, i, phrase.words())) {
        return new Match<>(phrase.value(), i + phrase.words().length);
      }
    }
    return null;
  }

  boolean contains(Tokens tokens, int i) {
    return match(tokens, i) != null;
  }

  private static boolean matchesAt(Tokens tokens, int i, String[] words) {
    if (i + words.length > tokens.size()) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      if (tokens.paragraphBreakBefore(i + k) || !tokens.lower(i + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
