package nl.kroniek.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the decompounder on the hand-written gold list {@code decompounder-gold.tsv} (compounds and words that
 * must stay whole). The floors sit a little under the measured values (see docs/analysis.md) so a regression in
 * the rules or the algorithm fails the build.
 */
class DecompounderGoldTest {

  private record Gold(String word, List<String> parts) {}

  @Test
  void meetsPrecisionRecallAndAccuracyFloorsOnTheGoldList() throws IOException {
    List<Gold> gold = readGold();
    assertThat(gold).hasSizeGreaterThanOrEqualTo(150);
    Decompounder decompounder = Decompounder.dutch();
    int compounds = 0;
    int splitsMade = 0;
    int correctSplits = 0;
    int exact = 0;
    List<String> misses = new ArrayList<>();
    for (Gold g : gold) {
      List<String> got = decompounder.split(g.word());
      compounds += g.parts().isEmpty() ? 0 : 1;
      splitsMade += got.isEmpty() ? 0 : 1;
      if (got.equals(g.parts())) {
        exact++;
        correctSplits += got.isEmpty() ? 0 : 1;
      } else {
        misses.add(g.word() + " -> " + got);
      }
    }
    double precision = correctSplits / (double) splitsMade;
    double recall = correctSplits / (double) compounds;
    double accuracy = exact / (double) gold.size();
    assertThat(compounds).as("compounds in the gold list").isGreaterThanOrEqualTo(100);
    assertThat(precision).as("precision; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).as("recall; misses: %s", misses).isGreaterThanOrEqualTo(0.93);
    assertThat(accuracy).as("accuracy; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
  }

  private static List<Gold> readGold() throws IOException {
    List<Gold> gold = new ArrayList<>();
    try (InputStream in = DecompounderGoldTest.class.getResourceAsStream("decompounder-gold.tsv")) {
      assertThat(in).as("decompounder-gold.tsv on the test class path").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        assertThat(fields).as(line).hasSize(2);
        List<String> parts = fields[1].equals("-") ? List.of() : List.of(fields[1].split("\\|"));
        gold.add(new Gold(fields[0], parts));
      }
    }
    return gold;
  }
}
