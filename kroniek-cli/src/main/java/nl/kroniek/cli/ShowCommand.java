package nl.kroniek.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kroniek.engine.Kroniek;
import nl.kroniek.model.Article;
import nl.kroniek.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints a stored article and its facts.")
final class ShowCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "The article id (as printed by search).")
  String id;

  @Option(names = "--json", description = "Print the article and its facts as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Kroniek kroniek = Kroniek.openReadOnly(data.dir())) {
      StoredArticle stored = kroniek.get(id).orElse(null);
      if (stored == null) {
        spec.commandLine().getErr().println("kroniek: no article with id '" + Terminal.safe(id) + "'");
        return ExitCodes.FATAL;
      }
      if (json) {
        out.println(Json.pretty(stored));
      } else {
        print(out, stored);
      }
    }
    return ExitCodes.OK;
  }

  static void print(PrintWriter out, StoredArticle stored) {
    Article a = stored.article();
    out.println(Terminal.bold(a.title().isEmpty() ? "(no title)" : Terminal.safe(a.title())));
    out.printf("id: %s%ndate: %s (%s precision)%nsource: %s%n", Terminal.safe(a.id()),
        a.date().isKnown() ? a.date() : "unknown", a.date().precision().name().toLowerCase(),
        a.source() == null ? "unknown" : Terminal.safe(a.source()));
    if (a.url() != null) {
      out.println("url: " + Terminal.safe(a.url()));
    }
    out.printf("from: %s (%s)%n", Terminal.safe(a.provenance().position()), a.provenance().format());
    for (Map.Entry<String, String> m : a.metadata().entrySet()) {
      out.printf("%s: %s%n", Terminal.safe(m.getKey()), Terminal.safe(m.getValue()));
    }
    out.println();
    out.println(Terminal.safe(a.text()));
    FactsPrinter.print(out, stored);
  }
}
