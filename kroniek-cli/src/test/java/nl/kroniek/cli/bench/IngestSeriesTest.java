package nl.kroniek.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestSeriesTest {

  private static IngestResult result(String name, long nanos) {
    return new IngestResult(name, 10, 10, nanos, 100, 0);
  }

  @Test
  void keepsTheFastestRoundPerNameInFirstSeenOrderWithEveryRoundTime() {
    IngestSeries series = new IngestSeries();
    series.add(result("kroniek", 30));
    series.add(result("floor", 5));
    series.add(result("kroniek", 10));
    series.add(result("floor", 7));
    series.add(result("kroniek", 20));
    List<IngestResult> fastest = series.fastest();
    assertThat(fastest).extracting(IngestResult::name).containsExactly("kroniek", "floor");
    assertThat(fastest.get(0).nanos()).isEqualTo(10);
    assertThat(fastest.get(0).roundNanos()).containsExactly(30L, 10L, 20L);
    assertThat(fastest.get(1).nanos()).isEqualTo(5);
    assertThat(fastest.get(1).roundNanos()).containsExactly(5L, 7L);
  }

  @Test
  void ratesFollowFromTimeArticlesAndBytes() {
    IngestResult r = new IngestResult("x", 2_000, 2_000, 2_000_000_000L, 6_000_000, 0);
    assertThat(r.articlesPerSecond()).isEqualTo(1_000.0);
    assertThat(r.megabytesPerSecond()).isEqualTo(3.0);
  }
}
