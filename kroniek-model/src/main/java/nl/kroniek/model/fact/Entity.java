package nl.kroniek.model.fact;

/**
 * A named-entity mention.
 *
 * @param text the mention as written ({@code Dillon})
 * @param type PER, ORG, LOC or MISC
 * @param canonical the document-level name of the entity it refers to ({@code Ryan Dillon})
 * @param start character offset into the article text (inclusive)
 * @param end character offset (exclusive)
 */
public record Entity(String text, EntityType type, String canonical, int start, int end) implements Span {
  public Entity {
    Span.check(start, end);
  }
}
