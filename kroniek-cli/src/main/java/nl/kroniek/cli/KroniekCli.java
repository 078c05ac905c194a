package nl.kroniek.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kroniek} command. Each subcommand is a thin translation onto the engine. */
@Command(
    name = "kroniek",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Ingest, search and analyse an archive of dated Dutch news.",
    subcommands = {
        DemoCommand.class, IngestCommand.class, SearchCommand.class, ShowCommand.class, StatsCommand.class,
        AnalyzeCommand.class, TagCommand.class, EvalCommand.class, TrainCommand.class,
        nl.kroniek.cli.bench.BenchCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  fatal error (unreadable index, disk full, missing input path...)",
        "  2  usage error (unknown option, query syntax error)",
        "  3  ingest finished, but some records were rejected (see the quarantine report)",
        "",
        "Data directory: --data DIR, else $KRONIEK_DATA, else ./kroniek-data",
        "Documentation: docs/ in the repository."})
public final class KroniekCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // UTF-8 whatever the locale says: output is Dutch text and data (a POSIX locale would print '?').
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    quietLibraryLogging();
    CommandLine cli = new CommandLine(new KroniekCli())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parseResult) -> {
          cmd.getErr().println("kroniek: " + Errors.describe(e));
          if (System.getenv("KRONIEK_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
          }
          cmd.getErr().flush();
          return Errors.exitCode(e);
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  /** Lucene logs a hint about the vector API at startup; users cannot act on it in a CLI. */
  private static void quietLibraryLogging() {
    LUCENE_LOG.setLevel(Level.SEVERE);
  }
}
