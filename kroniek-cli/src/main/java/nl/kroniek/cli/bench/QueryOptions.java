package nl.kroniek.cli.bench;

import java.nio.file.Path;
import nl.kroniek.store.SearchRequest;
import picocli.CommandLine.Option;

/** Options of the query benchmark. */
final class QueryOptions {

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "20",
      description = "Measured rounds of the whole query mix (default: ${DEFAULT-VALUE}).")
  int rounds = 20;

  @Option(names = "--warmup-rounds", paramLabel = "N", defaultValue = "5",
      description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
  int warmupRounds = 5;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Hits per query, as search --limit: Kroniek loads them and makes their snippets "
          + "(default: ${DEFAULT-VALUE}, at most " + SearchRequest.MAX_LIMIT + ").")
  int limit = 10;

  /** Set only by {@code bench query} (see {@link ExistingIndexes}); the other modes build their own. */
  Path data;

  Path floorIndex;

  /** {@code --data} and {@code --floor-index}: indexes to query instead of building them. */
  static final class ExistingIndexes {
    @Option(names = "--data", paramLabel = "DIR",
        description = "Query this existing Kroniek data directory instead of building one from PATH.")
    Path data;

    @Option(names = "--floor-index", paramLabel = "DIR",
        description = "Query this existing floor index (made by bench --keep) instead of building one.")
    Path floorIndex;
  }
}
