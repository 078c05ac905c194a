package nl.kroniek.cli.bench;

/** Latency and hit count of one query of the mix on one target. */
record QueryStat(BenchQuery query, long hits, Latency latency) {}
