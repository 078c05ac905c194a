package nl.kroniek.nlp.quantity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Quantity;

/** Reads gold-sentences.txt (format described at its top) and scores extractor output against it. */
final class GoldSet {

  /** One annotated sentence. */
  record Sentence(String text, List<Quantity> quantities, List<Money> money) {}

  /** Counts for precision and recall. */
  record Score(int truePositives, int predicted, int expected) {
    double precision() {
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    Score plus(Score other) {
      return new Score(truePositives + other.truePositives, predicted + other.predicted,
          expected + other.expected);
    }
  }

  private static final double TOLERANCE = 1e-6;

  private GoldSet() {}

  static List<Sentence> load(String resource) throws IOException {
    try (InputStream in = GoldSet.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource);
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Sentence> sentences = new ArrayList<>();
      String text = null;
      List<Quantity> quantities = new ArrayList<>();
      List<Money> money = new ArrayList<>();
      for (String line : (content + "\n\n").split("\n", -1)) {
        if (line.startsWith("#")) {
          continue;
        }
        if (line.isBlank()) {
          if (text != null) {
            sentences.add(new Sentence(text, List.copyOf(quantities), List.copyOf(money)));
          }
          text = null;
          quantities.clear();
          money.clear();
        } else if (line.startsWith("S: ")) {
          text = line.substring(3);
        } else if (line.startsWith("Q: ")) {
          quantities.add(quantity(text, fields(line, 8)));
        } else if (line.startsWith("M: ")) {
          money.add(money(text, fields(line, 5)));
        } else {
          throw new IllegalArgumentException("bad gold line: " + line);
        }
      }
      return sentences;
    }
  }

  private static String[] fields(String line, int count) {
    String[] f = line.substring(3).split("\\|", -1);
    if (f.length != count) {
      throw new IllegalArgumentException("expected " + count + " fields: " + line);
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].trim();
    }
    return f;
  }

  private static Quantity quantity(String sentence, String[] f) {
    int start = indexOf(sentence, f[0]);
    return new Quantity(f[0], number(f[1]), number(f[2]), number(f[3]), string(f[4]), string(f[5]), string(f[6]),
        f[7], start, start + f[0].length());
  }

  private static Money money(String sentence, String[] f) {
    int start = indexOf(sentence, f[0]);
    return new Money(f[0], number(f[1]), f[2], string(f[3]), Integer.parseInt(f[4]), start,
        start + f[0].length());
  }

  private static int indexOf(String sentence, String span) {
    int start = sentence == null ? -1 : sentence.indexOf(span);
    if (start < 0) {
      throw new IllegalArgumentException("span not in sentence: " + span);
    }
    return start;
  }

  private static Double number(String s) {
    return s.equals("-") ? null : Double.valueOf(s);
  }

  private static String string(String s) {
    return s.equals("-") ? null : s;
  }

  static Score scoreQuantities(List<Quantity> expected, List<Quantity> predicted) {
    int tp = 0;
    List<Quantity> open = new ArrayList<>(expected);
    for (Quantity p : predicted) {
      for (int i = 0; i < open.size(); i++) {
        if (same(open.get(i), p)) {
          open.remove(i);
          tp++;
          break;
        }
      }
    }
    return new Score(tp, predicted.size(), expected.size());
  }

  static Score scoreMoney(List<Money> expected, List<Money> predicted) {
    int tp = 0;
    List<Money> open = new ArrayList<>(expected);
    for (Money p : predicted) {
      for (int i = 0; i < open.size(); i++) {
        if (same(open.get(i), p)) {
          open.remove(i);
          tp++;
          break;
        }
      }
    }
    return new Score(tp, predicted.size(), expected.size());
  }

  /** Exact match on every field: span, numbers, hedge, counted thing, unit and kind. */
  static boolean same(Quantity a, Quantity b) {
    return a.start() == b.start() && a.end() == b.end() && a.text().equals(b.text()) && close(a.value(), b.value())
        && close(a.low(), b.low()) && close(a.high(), b.high()) && Objects.equals(a.approx(), b.approx())
        && Objects.equals(a.about(), b.about()) && Objects.equals(a.unit(), b.unit())
        && Objects.equals(a.kind(), b.kind());
  }

  static boolean same(Money a, Money b) {
    return a.start() == b.start() && a.end() == b.end() && a.text().equals(b.text())
        && Math.abs(a.value() - b.value()) <= TOLERANCE * Math.max(1, Math.abs(a.value()))
        && a.currency().equals(b.currency()) && Objects.equals(a.approx(), b.approx())
        && a.equivalentOf() == b.equivalentOf();
  }

  private static boolean close(Double a, Double b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a));
  }
}
