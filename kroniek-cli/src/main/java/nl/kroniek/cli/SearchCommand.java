package nl.kroniek.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kroniek.engine.Kroniek;
import nl.kroniek.model.PubDate;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.SearchResult;
import nl.kroniek.store.Snippet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the index (query language: docs/query-language.md).",
        "Examples:  strijders   '\"IS-strijders\"'   'dienst AND date:[2017-09 TO 2017-11]'"})
final class SearchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined with spaces).")
  List<String> query = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON: {\"total\":N,\"hits\":[{\"id\",\"title\",\"date\",\"source\",\"score\",\"snippet\"}]}")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}, at most 1000).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (paging).")
  int offset;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).")
  String to;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, date (oldest first) or date_desc.")
  SearchRequest.Sort sort;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request = new SearchRequest(String.join(" ", query), date("--from", from), date("--to", to),
        limit, offset, sort);
    try (Kroniek kroniek = Kroniek.openReadOnly(data.dir())) {
      SearchResult result = kroniek.search(request);
      if (json) {
        out.println(Json.write(toJson(result)));
      } else {
        print(out, request, result);
      }
    }
    return ExitCodes.OK;
  }

  private static PubDate date(String option, String value) {
    try {
      return PubDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage() + " (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }

  static Map<String, Object> toJson(SearchResult result) {
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResult.Hit h : result.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.id());
      m.put("title", h.title());
      m.put("date", h.date().isKnown() ? h.date().toString() : null);
      m.put("source", h.source());
      m.put("score", h.score());
      m.put("snippet", h.snippet().text());
      m.put("highlights", h.snippet().highlights().stream().map(r -> new int[] {r.start(), r.end()}).toList());
      hits.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", result.total());
    m.put("hits", hits);
    return m;
  }

  private static void print(PrintWriter out, SearchRequest request, SearchResult result) {
    out.printf("%d %s%n", result.total(), result.total() == 1 ? "hit" : "hits");
    int n = request.offset();
    for (SearchResult.Hit h : result.hits()) {
      n++;
      String date = h.date().isKnown() ? h.date().toString() : "(no date)";
      String source = h.source() == null ? "" : "  " + Terminal.safe(h.source());
      String title = h.title().isEmpty() ? "" : "  " + Terminal.bold(Terminal.safe(h.title()));
      out.printf("%n%3d. %s%s%s  %s%n", n, date, source, title, Terminal.dim("[" + Terminal.safe(h.id()) + "]"));
      out.println("     " + render(h.snippet()));
    }
  }

  /** The snippet with matches in bold on a terminal, in «» otherwise; control characters removed. */
  static String render(Snippet s) {
    return Terminal.interactive()
        ? s.render("\u001b[1m", "\u001b[0m", Terminal::safe)
        : s.render("«", "»", Terminal::safe);
  }
}
