package nl.kroniek.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import nl.kroniek.store.ArticleStore;
import nl.kroniek.store.QuerySyntaxException;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.SearchResult;
import nl.kroniek.store.StoreStats;
import nl.kroniek.store.StoredArticle;
import nl.kroniek.store.lucene.LuceneArticleStore;

/**
 * The engine behind every front end (CLI, REST, web UI): one data directory, its store, and the jobs that
 * fill it. Front ends translate their input into calls here and format what comes back; they hold no logic.
 */
public final class Kroniek implements Closeable {

  private final DataDir data;
  private final ArticleStore store;
  private final boolean writable;

  private Kroniek(DataDir data, ArticleStore store, boolean writable) {
    this.data = data;
    this.store = store;
    this.writable = writable;
  }

  /**
   * Opens a data directory for searching. Works while another process ingests into it (it sees that
   * ingest's last commit).
   *
   * @throws NoIndexException when the directory holds no index yet
   */
  public static Kroniek openReadOnly(DataDir data) throws IOException {
    Objects.requireNonNull(data, "data");
    if (!LuceneArticleStore.exists(data.index())) {
      throw new NoIndexException(data);
    }
    return new Kroniek(data, LuceneArticleStore.openReadOnly(data.index()), false);
  }

  /** Opens (creating if needed) a data directory for ingesting. One writer at a time. */
  public static Kroniek openForWriting(DataDir data) throws IOException {
    Objects.requireNonNull(data, "data");
    return new Kroniek(data, LuceneArticleStore.openForWriting(data.index()), true);
  }

  public DataDir data() {
    return data;
  }

  /** The store, for jobs in this package and for tests. */
  ArticleStore store() {
    return store;
  }

  boolean writable() {
    return writable;
  }

  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    return store.search(request);
  }

  public Optional<StoredArticle> get(String id) throws IOException {
    return store.get(id);
  }

  /** Articles per month and source, over all articles (filter null) or over the matches of a query. */
  public StoreStats stats(SearchRequest filter) throws IOException, QuerySyntaxException {
    return store.stats(filter);
  }

  /** The most frequent values of a fact field (person, org, place, misc, speaker, cites, country). */
  public java.util.Map<String, Long> top(String field, SearchRequest filter, int limit)
      throws IOException, QuerySyntaxException {
    return store.top(field, filter, limit);
  }

  public long count() throws IOException {
    return store.count();
  }

  @Override
  public void close() throws IOException {
    store.close();
  }

  /** The data directory has no index: nothing was ingested into it yet (or --data points elsewhere). */
  public static final class NoIndexException extends IOException {
    public NoIndexException(DataDir data) {
      super("no Kroniek index in " + data.root() + " (ingest articles first: kroniek ingest --data "
          + data.root() + " PATH...)");
    }
  }
}
