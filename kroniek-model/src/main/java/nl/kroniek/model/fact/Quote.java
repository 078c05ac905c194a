package nl.kroniek.model.fact;

/**
 * A quotation and who it is attributed to.
 *
 * @param text the quoted words, without the quote marks (for indirect speech: the reported clause)
 * @param speaker the speaker's name ({@code Ryan Dillon}), or for an unnamed speaker the noun phrase
 *     ({@code een inlichtingsofficier}); null when no speaker was found
 * @param speakerDescription title or role as written ({@code kolonel}, {@code woordvoerder van de westerse
 *     coalitie tegen IS}), or null
 * @param direct true for a direct quote in quote marks, false for indirect speech ({@code X zegt dat ...})
 * @param start offset of the quote (including its marks) in the article text
 * @param end end offset (exclusive)
 * @param speakerStart offset of the speaker mention that attributes the quote, or -1 (e.g. resolved pronoun)
 * @param speakerEnd end of that mention, or -1
 */
public record Quote(String text, String speaker, String speakerDescription, boolean direct, int start, int end,
    int speakerStart, int speakerEnd) implements Span {
  public Quote {
    Span.check(start, end);
  }
}
