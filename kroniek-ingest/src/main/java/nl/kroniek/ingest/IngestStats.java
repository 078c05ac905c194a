package nl.kroniek.ingest;

/**
 * Counts of one ingest run.
 *
 * @param inputs inputs read (files, zip entries; not counting inputs rejected before reading)
 * @param articles articles handed to the sink
 * @param rejections rejections handed to the sink (bad records and unreadable inputs)
 */
public record IngestStats(long inputs, long articles, long rejections) {}
