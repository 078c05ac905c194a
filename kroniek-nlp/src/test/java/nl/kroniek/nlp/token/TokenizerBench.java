package nl.kroniek.nlp.token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread throughput of tokenization and sentence splitting on a gzipped JSONL news file (the
 * DpgMedia2019 articles by default). A main class, not a test: speed is never asserted in tests.
 *
 * <pre>
 * ./mvnw -B -q -pl kroniek-nlp test-compile
 * M2=$HOME/.m2/repository/nl/kroniek/kroniek-model/0.1.0-SNAPSHOT
 * java -cp kroniek-nlp/target/classes:kroniek-nlp/target/test-classes:$M2/kroniek-model-0.1.0-SNAPSHOT.jar \
 *   nl.kroniek.nlp.token.TokenizerBench ../shared/data/news-nl/dpgmedia2019-articles.jsonl.gz 40
 * </pre>
 * Arguments: the file, and the number of measured passes (default 20) after 10 warm-up passes.
 */
public final class TokenizerBench {

  private TokenizerBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/news-nl/dpgmedia2019-articles.jsonl.gz");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    List<String> texts = DevData.texts(file);
    long chars = texts.stream().mapToLong(String::length).sum();
    Tokenizer tokenizer = new Tokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    List<Token> buffer = new ArrayList<>();

    long tokens = 0;
    long sentences = 0;
    for (int warm = 0; warm < 10; warm++) { // warm-up: let the JIT compile the scanner
      tokens = 0;
      sentences = 0;
      for (String text : texts) {
        buffer.clear();
        tokenizer.tokenize(text, buffer);
        tokens += buffer.size();
        sentences += splitter.split(buffer).size();
      }
    }
    System.out.printf("%d texts, %,d chars, %,d tokens, %,d sentences per round%n", texts.size(), chars, tokens,
        sentences);

    long tokenizeNanos = 0;
    long bothNanos = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (String text : texts) {
        buffer.clear();
        tokenizer.tokenize(text, buffer);
      }
      long t1 = System.nanoTime();
      for (String text : texts) {
        buffer.clear();
        tokenizer.tokenize(text, buffer);
        splitter.split(buffer);
      }
      long t2 = System.nanoTime();
      tokenizeNanos += t1 - t0;
      bothNanos += t2 - t1;
    }
    report("tokenize", chars * rounds, tokens * rounds, tokenizeNanos);
    report("tokenize+split", chars * rounds, tokens * rounds, bothNanos);
  }

  private static void report(String what, long chars, long tokens, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf("%-15s %,12.0f chars/s %,12.0f tokens/s%n", what, chars / seconds, tokens / seconds);
  }
}
