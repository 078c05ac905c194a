package nl.kroniek.cli.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kroniek bench ingest|query|all}: measures ingest throughput and query latency on a corpus
 * replicated to a chosen size, next to a bare Lucene index as the floor. How to run it and the measured
 * numbers: docs/performance.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
        "Measures ingest throughput and query latency (a benchmark, not a test).",
        "The corpus is read once and cycled to --articles articles with changed ids and texts; Kroniek and a "
            + "bare Lucene StandardAnalyzer index (the floor) ingest the same articles and run the same query mix.",
        "Example:  kroniek bench all --articles 100000 archive.jsonl.gz",
        "bench ner measures the named-entity recogniser alone (speed, load time, heap).",
        "How to read the numbers: docs/performance.md."},
    subcommands = {BenchModeCommand.Ingest.class, BenchModeCommand.Query.class, BenchModeCommand.All.class,
        BenchNerCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
