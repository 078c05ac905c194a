package nl.kroniek.store;

import java.util.Objects;
import nl.kroniek.model.PubDate;

/**
 * A search: a query in the Kroniek query language (docs/query-language.md), an optional publication-date
 * window, and paging.
 *
 * @param query the query text; blank means "all articles"
 * @param from only articles published on or after the start of this date (null: no lower bound)
 * @param to only articles published on or before the end of this date (null: no upper bound)
 * @param limit hits to return, 0..{@link #MAX_LIMIT}
 * @param offset hits to skip, 0..{@link #MAX_OFFSET}
 * @param sort relevance (default) or date
 */
public record SearchRequest(String query, PubDate from, PubDate to, int limit, int offset, Sort sort) {

  /** Upper bounds that keep one request cheap; a server exposes the store to untrusted callers. */
  public static final int MAX_LIMIT = 1000;

  public static final int MAX_OFFSET = 10_000;
  public static final int MAX_QUERY_LENGTH = 10_000;

  public enum Sort { RELEVANCE, DATE, DATE_DESC }

  public SearchRequest {
    query = query == null ? "" : query;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("query longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ", got " + offset);
    }
    from = from == null || !from.isKnown() ? null : from;
    to = to == null || !to.isKnown() ? null : to;
    sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, 10, 0, Sort.RELEVANCE);
  }

  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(query, from, to, newLimit, offset, sort);
  }

  public SearchRequest withDates(PubDate newFrom, PubDate newTo) {
    return new SearchRequest(query, newFrom, newTo, limit, offset, sort);
  }

  public SearchRequest withSort(Sort newSort) {
    return new SearchRequest(query, from, to, limit, offset, newSort);
  }

  public SearchRequest withOffset(int newOffset) {
    return new SearchRequest(query, from, to, limit, newOffset, sort);
  }
}
