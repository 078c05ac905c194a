/**
 * The {@code kroniek bench} command: ingest throughput and query latency of Kroniek on a replicated
 * corpus, side by side with a bare Lucene {@code StandardAnalyzer} index as the floor (docs/performance.md).
 * A measuring tool, not a test: nothing here asserts speed.
 */
package nl.kroniek.cli.bench;
