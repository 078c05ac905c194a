package nl.kroniek.cli.bench;

/**
 * Latency of a set of query executions, in milliseconds.
 *
 * @param samples executions measured
 */
record Latency(int samples, double p50, double p95, double p99, double max, double mean) {}
