package nl.kroniek.cli.bench;

import java.util.List;
import java.util.Map;

/**
 * The query mix on one target.
 *
 * @param name the target
 * @param all latency over every measured execution
 * @param byType latency per query type, in mix order
 * @param byQuery per query (queries the target cannot express are left out)
 */
record QueryRun(String name, int warmupRounds, int rounds, int limit, Latency all, Map<String, Latency> byType,
    List<QueryStat> byQuery) {}
