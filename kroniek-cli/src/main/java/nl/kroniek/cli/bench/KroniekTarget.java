package nl.kroniek.cli.bench;

import java.io.IOException;
import nl.kroniek.engine.DataDir;
import nl.kroniek.engine.Kroniek;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.SearchResult;

/** Runs queries through {@link Kroniek#search}: parsing, Dutch analysis, scoring, stored fields, snippets. */
final class KroniekTarget implements SearchTarget {

  private final Kroniek kroniek;
  private final int limit;
  private final String name;

  /** @param limit hits per query as {@code search --limit} (0: count only, no hits loaded, no snippets) */
  KroniekTarget(DataDir data, int limit, String name) throws IOException {
    if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0.." + SearchRequest.MAX_LIMIT + ", got " + limit);
    }
    this.kroniek = Kroniek.openReadOnly(data);
    this.limit = limit;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean supports(BenchQuery query) {
    return true;
  }

  @Override
  public long search(BenchQuery query) throws Exception {
    SearchResult result = kroniek.search(new SearchRequest(query.kroniek(), null, null, limit, 0,
        SearchRequest.Sort.RELEVANCE));
    return result.total();
  }

  @Override
  public void close() throws IOException {
    kroniek.close();
  }
}
