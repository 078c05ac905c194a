package nl.kroniek.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOnOneToHundredMilliseconds() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[99 - i] = (i + 1) * 1_000_000L; // reversed: the input order must not matter
    }
    Latency l = Percentiles.of(nanos);
    assertThat(l.samples()).isEqualTo(100);
    assertThat(l.p50()).isEqualTo(50.0);
    assertThat(l.p95()).isEqualTo(95.0);
    assertThat(l.p99()).isEqualTo(99.0);
    assertThat(l.max()).isEqualTo(100.0);
    assertThat(l.mean()).isCloseTo(50.5, within(1e-9));
  }

  @Test
  void oneSampleIsEveryPercentile() {
    Latency l = Percentiles.of(new long[] {2_500_000});
    assertThat(l.p50()).isEqualTo(2.5);
    assertThat(l.p99()).isEqualTo(2.5);
  }

  @Test
  void noSamplesAndBadPercentilesAreRefused() {
    assertThatThrownBy(() -> Percentiles.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.rank(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.rank(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomSamplesGiveOrderedPercentilesWithinRange() {
    Random random = new Random(7);
    for (int run = 0; run < 200; run++) {
      long[] nanos = new long[1 + random.nextInt(300)];
      long min = Long.MAX_VALUE;
      long max = 0;
      for (int i = 0; i < nanos.length; i++) {
        nanos[i] = random.nextInt(50_000_000);
        min = Math.min(min, nanos[i]);
        max = Math.max(max, nanos[i]);
      }
      Latency l = Percentiles.of(nanos);
      assertThat(l.p50()).isBetween(min / 1e6, max / 1e6);
      assertThat(l.p50()).isLessThanOrEqualTo(l.p95());
      assertThat(l.p95()).isLessThanOrEqualTo(l.p99());
      assertThat(l.p99()).isLessThanOrEqualTo(l.max());
      assertThat(l.max()).isEqualTo(max / 1e6);
    }
  }
}
