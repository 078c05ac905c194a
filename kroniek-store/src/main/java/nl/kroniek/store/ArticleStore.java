package nl.kroniek.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Where articles and their facts live, behind one interface: the embedded Lucene index by default, an
 * OpenSearch cluster later. Implementations are safe for one writer and many concurrent readers.
 *
 * <p>Writes become durable and visible to other processes at {@link #commit()}; a process killed between
 * commits loses only what was added since the last one.
 */
public interface ArticleStore extends Closeable {

  /**
   * Adds an article, replacing any stored article with the same id. Duplicate detection is the caller's
   * job ({@link #containsId}, {@link #containsFingerprint}).
   */
  void add(StoredArticle article) throws IOException;

  /** True when an article with this id is stored (committed or added in this session). */
  boolean containsId(String id) throws IOException;

  /** True when an article with this normalised-text fingerprint is stored (committed or added in this session). */
  boolean containsFingerprint(String fingerprint) throws IOException;

  /** Makes everything added so far durable and visible to new searches. */
  void commit() throws IOException;

  /** Runs a query. */
  SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException;

  /** The stored article with its facts, if any. */
  Optional<StoredArticle> get(String id) throws IOException;

  /** Articles per month and per source (over everything, or over what a query matches). */
  StoreStats stats(SearchRequest filter) throws IOException, QuerySyntaxException;

  /**
   * The most frequent values of a fact field ({@code person}, {@code org}, {@code place}, {@code misc},
   * {@code speaker}, {@code cites}, {@code country}) over all articles or the matches of a query, counted
   * once per article, most frequent first.
   *
   * @throws IllegalArgumentException for a field that cannot be counted
   */
  java.util.Map<String, Long> top(String field, SearchRequest filter, int limit) throws IOException, QuerySyntaxException;

  /** Number of stored articles visible to searches. */
  long count() throws IOException;
}
