package nl.kroniek.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a query mix against a target: {@code warmupRounds} unmeasured rounds of the whole mix (to load the
 * index pages and compile the hot code), then {@code rounds} measured rounds, one query at a time on one
 * thread, each timed on its own.
 */
final class QueryBench {

  private QueryBench() {}

  static QueryRun run(SearchTarget target, List<BenchQuery> mix, int warmupRounds, int rounds, int limit)
      throws Exception {
    if (rounds < 1 || warmupRounds < 0) {
      throw new IllegalArgumentException("rounds must be >= 1 and warm-up rounds >= 0");
    }
    List<BenchQuery> supported = mix.stream().filter(target::supports).toList();
    if (supported.isEmpty()) {
      throw new IllegalArgumentException("no query of the mix runs on " + target.name());
    }
    long[] hits = new long[supported.size()];
    for (int r = 0; r < warmupRounds; r++) {
      for (int i = 0; i < supported.size(); i++) {
        hits[i] = search(target, supported.get(i));
      }
    }
    long[][] samples = new long[supported.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < supported.size(); i++) {
        long start = System.nanoTime();
        hits[i] = search(target, supported.get(i));
        samples[i][r] = System.nanoTime() - start;
      }
    }
    List<QueryStat> byQuery = new ArrayList<>();
    Map<String, List<long[]>> perType = new LinkedHashMap<>();
    List<long[]> everything = new ArrayList<>();
    for (int i = 0; i < supported.size(); i++) {
      byQuery.add(new QueryStat(supported.get(i), hits[i], Percentiles.of(samples[i])));
      perType.computeIfAbsent(supported.get(i).type(), t -> new ArrayList<>()).add(samples[i]);
      everything.add(samples[i]);
    }
    Map<String, Latency> byType = new LinkedHashMap<>();
    perType.forEach((type, s) -> byType.put(type, Percentiles.of(concat(s))));
    return new QueryRun(target.name(), warmupRounds, rounds, limit, Percentiles.of(concat(everything)), byType,
        byQuery);
  }

  private static long search(SearchTarget target, BenchQuery q) throws Exception {
    try {
      return target.search(q);
    } catch (Exception e) {
      // A query the mix cannot run is a bug in the mix (or the engine): name it rather than skip it.
      throw new IllegalStateException("query '" + (target.name().equals("floor") ? q.floor() : q.kroniek())
          + "' failed on " + target.name() + ": " + e.getMessage(), e);
    }
  }

  private static long[] concat(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
