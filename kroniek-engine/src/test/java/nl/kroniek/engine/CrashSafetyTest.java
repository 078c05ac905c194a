package nl.kroniek.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL (no shutdown hooks, no flushing) after its first commits, then runs the same
 * ingest again: the index must open, keep what was committed, and end with the count of a clean run.
 */
class CrashSafetyTest {

  private static final int ARTICLES = 10_000;

  @TempDir Path tmp;

  /** Entry point of the child process: ingests args[1..] into args[0], committing often. */
  public static void main(String[] args) throws Exception {
    try (Kroniek k = Kroniek.openForWriting(new DataDir(Path.of(args[0])))) {
      IngestJob.run(k, List.of(Path.of(args[1])), IngestJob.Options.defaults(Enricher.NONE).withCommitEvery(250),
          IngestJob.Listener.NONE);
    }
  }

  @Test
  void killedIngestConvergesToACleanRun() throws Exception {
    Path input = tmp.resolve("feed.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        // every 100th record repeats an earlier text under a new id: a duplicate by content
        int textNo = i % 100 == 99 ? i - 50 : i;
        w.write("{\"id\":\"a" + i + "\",\"title\":\"Bericht " + textNo + "\",\"text\":\"Tekst nummer " + textNo
            + " over strijders, families en veiligheidsdiensten in de regio.\",\"published_at\":\"2017-11-"
            + String.format("%02d", 1 + i % 28) + "\"}\n");
      }
    }
    DataDir clean = new DataDir(tmp.resolve("clean"));
    main(new String[] {clean.root().toString(), input.toString()});
    long expected;
    try (Kroniek k = Kroniek.openReadOnly(clean)) {
      expected = k.count();
    }
    assertThat(expected).isEqualTo(ARTICLES - ARTICLES / 100);

    DataDir crashed = new DataDir(tmp.resolve("crashed"));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashSafetyTest.class.getName(),
        crashed.root().toString(), input.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    long committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (committed == 0 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      committed = committedCount(crashed);
    }
    child.destroyForcibly(); // SIGKILL on Unix
    child.waitFor(30, TimeUnit.SECONDS);
    long afterKill = committedCount(crashed);
    assertThat(afterKill).as("the killed ingest had committed something").isPositive();
    assertThat(afterKill).isLessThanOrEqualTo(expected);

    main(new String[] {crashed.root().toString(), input.toString()});
    try (Kroniek k = Kroniek.openReadOnly(crashed)) {
      assertThat(k.count()).isEqualTo(expected);
    }
  }

  private static long committedCount(DataDir data) {
    try (Kroniek k = Kroniek.openReadOnly(data)) {
      return k.count();
    } catch (Exception e) {
      return 0; // no commit yet
    }
  }
}
