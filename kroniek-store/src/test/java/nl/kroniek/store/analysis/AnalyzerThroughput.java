package nl.kroniek.store.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Measures tokens per second of {@link DutchIndexAnalyzer} (and, for comparison, of {@link DutchQueryAnalyzer},
 * the same chain without the decompounder) on a UTF-8 text file, one document a line. Not a test (speed is
 * never asserted); run by hand as described in docs/analysis.md.
 */
public final class AnalyzerThroughput {

  private AnalyzerThroughput() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AnalyzerThroughput <text file, one document a line>");
      System.exit(2);
    }
    List<String> docs = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    long start = System.nanoTime();
    Analyzer analyzer = new DutchIndexAnalyzer();
    count(analyzer, List.of("veiligheidsdiensten")); // loads the word list
    System.out.printf("word list and decompounder loaded in %.0f ms%n", (System.nanoTime() - start) / 1e6);
    measure("index", analyzer, docs);
    measure("query", new DutchQueryAnalyzer(), docs);
  }

  private static void measure(String name, Analyzer analyzer, List<String> docs) throws IOException {
    for (int round = 1; round <= 5; round++) {
      long t0 = System.nanoTime();
      long tokens = count(analyzer, docs);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%s round %d: %,d tokens in %.2f s = %,.0f tokens/s%n",
          name, round, tokens, seconds, tokens / seconds);
    }
  }

  private static long count(Analyzer analyzer, List<String> docs) throws IOException {
    long tokens = 0;
    for (String doc : docs) {
      try (TokenStream ts = analyzer.tokenStream("text", doc)) {
        ts.reset();
        while (ts.incrementToken()) {
          tokens++;
        }
        ts.end();
      }
    }
    return tokens;
  }
}
