package nl.kroniek.cli.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rounds of each measured ingest and reduces them to the fastest. On a shared machine other
 * work only ever adds time, so the fastest round is the best estimate of the undisturbed cost (the times of
 * all rounds are kept and printed, so the spread stays visible).
 */
final class IngestSeries {

  private final Map<String, List<IngestResult>> rounds = new LinkedHashMap<>();

  void add(IngestResult result) {
    rounds.computeIfAbsent(result.name(), n -> new ArrayList<>()).add(result);
  }

  /** One result per name, in the order first added: the fastest round, carrying the times of all rounds. */
  List<IngestResult> fastest() {
    List<IngestResult> out = new ArrayList<>();
    for (List<IngestResult> results : rounds.values()) {
      IngestResult best = results.stream().min(Comparator.comparingLong(IngestResult::nanos)).orElseThrow();
      out.add(best.withRounds(results.stream().map(IngestResult::nanos).toList()));
    }
    return out;
  }
}
