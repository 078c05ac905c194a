package nl.kroniek.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kroniek.engine.Kroniek;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Articles per month and per source, over everything or over the matches of a query.")
final class StatsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Count only articles matching this query.")
  List<String> query = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON: {\"articles\":N,\"perMonth\":{...},\"perSource\":{...}}")
  boolean json;

  @Option(names = "--top", paramLabel = "FIELD",
      description = "Also count the most frequent values of a fact field: person, org, place, misc, speaker, cites, country.")
  String top;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many values --top lists (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Kroniek kroniek = Kroniek.openReadOnly(data.dir())) {
      SearchRequest filter = query.isEmpty() ? null : SearchRequest.of(String.join(" ", query));
      StoreStats stats = kroniek.stats(filter);
      Map<String, Long> topValues = top == null ? null : kroniek.top(top, filter, limit);
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", stats.articles());
        m.put("perMonth", stats.perMonth());
        m.put("perSource", stats.perSource());
        if (topValues != null) {
          m.put("top", Map.of(top, topValues));
        }
        out.println(Json.write(m));
      } else {
        print(out, stats);
        if (topValues != null) {
          out.printf("%nmost frequent %s (articles):%n", top);
          for (Map.Entry<String, Long> e : topValues.entrySet()) {
            out.printf("  %-40s %7d%n", Terminal.safe(e.getKey()), e.getValue());
          }
        }
      }
    }
    return ExitCodes.OK;
  }

  static void print(PrintWriter out, StoreStats stats) {
    out.printf("%d articles%n%nper month:%n", stats.articles());
    long max = stats.perMonth().values().stream().mapToLong(Long::longValue).max().orElse(1);
    for (Map.Entry<String, Long> e : stats.perMonth().entrySet()) {
      out.printf("  %-8s %7d  %s%n", e.getKey(), e.getValue(), bar(e.getValue(), max));
    }
    out.printf("%nper source:%n");
    for (Map.Entry<String, Long> e : stats.perSource().entrySet()) {
      out.printf("  %-30s %7d%n", Terminal.safe(e.getKey()), e.getValue());
    }
  }

  private static String bar(long n, long max) {
    int width = (int) Math.round(30.0 * n / Math.max(1, max));
    return "█".repeat(Math.max(n > 0 ? 1 : 0, width));
  }
}
