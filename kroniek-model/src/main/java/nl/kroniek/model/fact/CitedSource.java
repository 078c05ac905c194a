package nl.kroniek.model.fact;

/**
 * An outlet, organisation or person that the article attributes information to ({@code volgens de BBC}).
 *
 * @param name normalised name ({@code The Guardian} for "de Guardian")
 * @param text the mention as written
 * @param cue the attribution cue ({@code volgens}, {@code meldt}, {@code aldus}, {@code vertelde aan})
 * @param start offset of the mention of the source
 * @param end end offset (exclusive)
 */
public record CitedSource(String name, String text, String cue, int start, int end) implements Span {
  public CitedSource {
    Span.check(start, end);
  }
}
