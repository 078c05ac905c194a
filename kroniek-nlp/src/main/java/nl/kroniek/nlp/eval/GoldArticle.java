package nl.kroniek.nlp.eval;

import java.util.Objects;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.Facts;

/**
 * The gold facts of one article.
 *
 * <p>The facts carry offsets and annotated values only; fields the gold does not annotate are null (texts,
 * {@code cue}, {@code approx}, {@code unit}, {@code kind}, {@code granularity}, {@code speakerDescription}),
 * -1 ({@code speakerStart}, {@code equivalentOf}), false ({@code relative}), 0 ({@code geonameId}) or NaN
 * ({@code lat}, {@code lon}). {@code TimeExpression.modifier} holds the annotated {@code mod}.
 *
 * @param id article id ({@code dpg2019-10751307})
 * @param sha256 the first 16 hex digits of the SHA-256 of the annotated text (UTF-8)
 * @param date the publication date the times were resolved against
 * @param facts the annotated facts, each list in text order
 */
public record GoldArticle(String id, String sha256, PubDate date, Facts facts) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(facts, "facts");
  }
}
