package nl.kroniek.nlp.quote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Quote;

/** Reads gold-passages.txt (format at its top) and scores extractor output against it. */
final class GoldSet {

  /** An expected quote: direct or not, its words as they stand in the passage, the speaker or null. */
  record GoldQuote(boolean direct, String words, String speaker) {}

  record Passage(String text, List<GoldQuote> quotes, List<String> sources) {}

  /** Counts for precision and recall. */
  record Score(int truePositives, int predicted, int expected) {
    double precision() {
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    Score plus(Score o) {
      return new Score(truePositives + o.truePositives, predicted + o.predicted, expected + o.expected);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f (tp %d, predicted %d, expected %d)", precision(), recall(),
          truePositives, predicted, expected);
    }
  }

  /**
   * The extractors run over a gold set: quotes with speaker, quotes by span only, cited sources, and the
   * passages where anything was missed or extra (for the test log).
   */
  record Evaluation(Score quotes, Score quoteSpans, Score sources, String misses) {}

  private GoldSet() {}

  static Evaluation evaluate(List<Passage> passages) {
    Score quotes = new Score(0, 0, 0);
    Score spans = new Score(0, 0, 0);
    Score sources = new Score(0, 0, 0);
    StringBuilder misses = new StringBuilder();
    for (Passage p : passages) {
      List<Quote> q = Fixture.quotes(p.text());
      List<CitedSource> s = Fixture.sources(p.text());
      Score qs = scoreQuotes(p, q, true);
      Score ss = scoreSources(p, s);
      quotes = quotes.plus(qs);
      spans = spans.plus(scoreQuotes(p, q, false));
      sources = sources.plus(ss);
      if (qs.truePositives() != qs.expected() || qs.truePositives() != qs.predicted()
          || ss.truePositives() != ss.expected() || ss.truePositives() != ss.predicted()) {
        misses.append("\n  ").append(p.text()).append("\n    got ").append(q).append("\n    ").append(s);
      }
    }
    return new Evaluation(quotes, spans, sources, misses.toString());
  }

  static List<Passage> load(String resource) throws IOException {
    try (InputStream in = GoldSet.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Passage> passages = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      List<GoldQuote> quotes = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (String line : (content + "\n\n").split("\n", -1)) {
        if (line.startsWith("#")) {
          continue;
        }
        if (line.isBlank()) {
          if (!text.isEmpty()) {
            passages.add(new Passage(text.toString(), List.copyOf(quotes), List.copyOf(sources)));
          }
          text.setLength(0);
          quotes.clear();
          sources.clear();
        } else if (line.startsWith("T: ")) {
          if (!text.isEmpty()) {
            text.append("\n\n");
          }
          text.append(line.substring(3));
        } else if (line.startsWith("Q: ")) {
          String[] f = line.substring(3).split("\\|", -1);
          String speaker = f[2].strip();
          quotes.add(new GoldQuote(f[0].strip().equals("D"), f[1].strip(), speaker.equals("-") ? null : speaker));
        } else if (line.startsWith("S: ")) {
          sources.add(line.substring(3).strip());
        } else {
          throw new IllegalArgumentException("bad gold line: " + line);
        }
      }
      return passages;
    }
  }

  /** Quotes: same direct flag, overlapping span, and (when {@code withSpeaker}) the same speaker. */
  static Score scoreQuotes(Passage p, List<Quote> predicted, boolean withSpeaker) {
    boolean[] used = new boolean[predicted.size()];
    int tp = 0;
    for (GoldQuote g : p.quotes()) {
      int start = p.text().indexOf(g.words());
      if (start < 0) {
        throw new IllegalArgumentException("gold words not in passage: " + g.words());
      }
      int end = start + g.words().length();
      for (int i = 0; i < predicted.size(); i++) {
        Quote q = predicted.get(i);
        boolean overlaps = q.start() < end && start < q.end();
        if (!used[i] && q.direct() == g.direct() && overlaps && (!withSpeaker || sameName(q.speaker(), g.speaker()))) {
          used[i] = true;
          tp++;
          break;
        }
      }
    }
    return new Score(tp, predicted.size(), p.quotes().size());
  }

  /** Sources: names as a multiset, case-insensitive. */
  static Score scoreSources(Passage p, List<CitedSource> predicted) {
    List<String> expected = new ArrayList<>();
    for (String s : p.sources()) {
      expected.add(s.toLowerCase(Locale.ROOT));
    }
    int tp = 0;
    for (CitedSource s : predicted) {
      if (expected.remove(s.name().toLowerCase(Locale.ROOT))) {
        tp++;
      }
    }
    return new Score(tp, predicted.size(), p.sources().size());
  }

  private static boolean sameName(String a, String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b == null ? "" : b);
  }
}
