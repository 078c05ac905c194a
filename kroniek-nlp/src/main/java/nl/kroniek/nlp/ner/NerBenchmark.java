package nl.kroniek.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.Tokenizer;

/**
 * Measures the recogniser the way the model card reports it: the time to load the bundled model (with its
 * lexicon tables and word classes), the heap it takes, and single-thread throughput of tokenisation + sentence splitting +
 * recognition (with document consistency and consolidation) over real texts, after a warm-up.
 */
public final class NerBenchmark {

  /**
   * @param loadMillis time to read the model file and the lexicons (word lists, gazetteer, names)
   * @param heapBytes heap in use after loading, after a garbage collection
   * @param tokens tokens processed in the measured passes
   * @param seconds wall time of the measured passes
   * @param documents documents per pass
   */
  public record Result(long loadMillis, long heapBytes, long tokens, double seconds, int documents) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  private NerBenchmark() {}

  /**
   * Loads the bundled model, then tags {@code texts} on the calling thread: passes over the texts until
   * {@code warmupSeconds} have gone by (not measured), then until {@code measureSeconds} have.
   */
  public static Result run(List<String> texts, double warmupSeconds, double measureSeconds) throws IOException {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no texts to measure on");
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    NerModel model;
    try (InputStream in = NamedEntityRecognizer.class.getResourceAsStream(NamedEntityRecognizer.MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException("the bundled model is missing");
      }
      model = NerModel.read(in);
    }
    NamedEntityRecognizer ner = new NamedEntityRecognizer(model);
    long loadMillis = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long heap = Math.max(0, rt.totalMemory() - rt.freeMemory() - heapBefore);

    Tokenizer tokenizer = new Tokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    long[] sink = new long[1];
    passes(texts, tokenizer, splitter, ner, warmupSeconds, sink);
    long start = System.nanoTime();
    long tokens = passes(texts, tokenizer, splitter, ner, measureSeconds, sink);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink[0] == 42) {
      System.out.print(""); // keeps the results alive for the JIT
    }
    return new Result(loadMillis, heap, tokens, seconds, texts.size());
  }

  private static long passes(List<String> texts, Tokenizer tokenizer, SentenceSplitter splitter,
      NamedEntityRecognizer ner, double seconds, long[] sink) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long tokens = 0;
    do {
      for (String text : texts) {
        List<Token> t = tokenizer.tokenize(text);
        List<Sentence> s = splitter.split(t);
        sink[0] += ner.find(text, t, s).size();
        tokens += t.size();
      }
    } while (System.nanoTime() < deadline);
    return tokens;
  }
}
