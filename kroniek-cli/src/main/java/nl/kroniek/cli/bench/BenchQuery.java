package nl.kroniek.cli.bench;

import java.util.Objects;

/**
 * One query of the mix: its type (for per-type latency), the Kroniek query, and the same question for the
 * bare-Lucene floor in classic QueryParser syntax (null when the floor cannot express it).
 */
record BenchQuery(String type, String kroniek, String floor) {
  BenchQuery {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kroniek, "kroniek");
  }
}
