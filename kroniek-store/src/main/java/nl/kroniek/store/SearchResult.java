package nl.kroniek.store;

import java.util.List;
import nl.kroniek.model.PubDate;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total number of matching articles
 * @param hits the requested page of hits, best first (or in date order)
 */
public record SearchResult(long total, List<Hit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * One matching article.
   *
   * @param snippet the best passage with the matched words marked, or the start of the text
   */
  public record Hit(String id, String title, PubDate date, String source, float score, Snippet snippet) {}
}
