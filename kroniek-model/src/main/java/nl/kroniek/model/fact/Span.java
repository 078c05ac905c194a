package nl.kroniek.model.fact;

/** Anything found at a place in the article text: {@code text.substring(start(), end())}. */
public interface Span {
  int start();

  int end();

  static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
