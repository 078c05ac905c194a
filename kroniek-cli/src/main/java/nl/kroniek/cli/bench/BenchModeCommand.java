package nl.kroniek.cli.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The three bench modes; each runs a {@link BenchRunner} and prints its report. */
abstract class BenchModeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin BenchOptions options;

  abstract BenchRunner.Mode mode();

  QueryOptions queryOptions() {
    return null;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BenchRunner runner = new BenchRunner(mode(), options, queryOptions(), err);
    try {
      runner.validate();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    BenchReport report = runner.run(CommandText.of(originalArgs()));
    if (options.json) {
      out.println(ReportJson.write(report));
    } else {
      ReportTable.print(report, out);
    }
    out.flush();
    return 0;
  }

  private List<String> originalArgs() {
    CommandLine.ParseResult root = spec.root().commandLine().getParseResult();
    return root == null ? List.of() : root.originalArgs();
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = {"Measures ingest throughput of Kroniek and of the bare-Lucene floor.",
          "Both ingest the generated corpus after a warm-up (Kroniek through IngestJob, as kroniek ingest); "
              + "prints articles/s, MB of text/s, index size and the time ratio."})
  static final class Ingest extends BenchModeCommand {
    @Override
    BenchRunner.Mode mode() {
      return BenchRunner.Mode.INGEST;
    }
  }

  @Command(name = "query", mixinStandardHelpOptions = true,
      description = {"Measures query latency of Kroniek and of the bare-Lucene floor.",
          "Runs the fixed query mix (docs/performance.md) through Kroniek.search (hits with snippets, as "
              + "kroniek search) and on the floor; prints p50/p95/p99 overall and per query type. Builds both "
              + "indexes from PATH, or queries existing ones (--data, --floor-index)."})
  static final class Query extends BenchModeCommand {
    @Mixin QueryOptions query;
    @Mixin QueryOptions.ExistingIndexes existing;

    @Override
    BenchRunner.Mode mode() {
      return BenchRunner.Mode.QUERY;
    }

    @Override
    QueryOptions queryOptions() {
      query.data = existing.data;
      query.floorIndex = existing.floorIndex;
      return query;
    }
  }

  @Command(name = "all", mixinStandardHelpOptions = true,
      description = {"Measures ingest throughput, then query latency on the indexes just built.",
          "The same as bench ingest followed by bench query, in one run."})
  static final class All extends BenchModeCommand {
    @Mixin QueryOptions query;

    @Override
    BenchRunner.Mode mode() {
      return BenchRunner.Mode.ALL;
    }

    @Override
    QueryOptions queryOptions() {
      return query;
    }
  }
}
