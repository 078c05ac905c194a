package nl.kroniek.ingest;

import nl.kroniek.model.Article;

/** Receives what a reader finds, in input order. Implementations decide about duplicates and storage. */
public interface RecordSink {

  void accept(Article article);

  void reject(Rejection rejection);
}
