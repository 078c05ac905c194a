package nl.kroniek.ingest;

import java.io.IOException;

/**
 * Reads one input format. One implementation per format; {@link Readers} chooses among them.
 *
 * <p>Contract: a bad record is passed to {@link RecordSink#reject} with its position and the reader goes
 * on with the next record. {@link #read} throws only when the input as a whole cannot be opened or read
 * (the caller then rejects the whole input); it never throws for bad content.
 */
public interface ArticleReader {

  /** The format's short name, as used for {@code --format} and in provenance: seed, txt, jsonl, csv, html. */
  String format();

  /** Reads every record of the input and hands each article or rejection to the sink. */
  void read(Input input, RecordSink sink) throws IOException;
}
