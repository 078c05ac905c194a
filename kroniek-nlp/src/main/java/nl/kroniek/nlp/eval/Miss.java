package nl.kroniek.nlp.eval;

import java.util.Objects;

/**
 * One error under the {@link Criterion#KEY} criterion, for inspecting what an extractor gets wrong.
 *
 * @param articleId the article
 * @param extractor the extractor
 * @param kind what went wrong
 * @param start start of the gold span ({@link Kind#MISSED}, {@link Kind#WRONG_VALUE}) or of the predicted
 *     span ({@link Kind#SPURIOUS})
 * @param end end of that span (exclusive)
 * @param detail the key values involved ({@code gold speaker=Mark Rutte; predicted speaker=null})
 */
public record Miss(String articleId, Extractor extractor, Kind kind, int start, int end, String detail) {

  /** Kinds of error. */
  public enum Kind {
    /** A gold fact that no prediction overlaps. */
    MISSED,
    /** A prediction that overlaps no gold fact. */
    SPURIOUS,
    /** A gold fact whose span was found but whose key value was wrong (counts as one FN and one FP). */
    WRONG_VALUE
  }

  public Miss {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
