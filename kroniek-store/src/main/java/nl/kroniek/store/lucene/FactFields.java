package nl.kroniek.store.lucene;

import nl.kroniek.store.StoredArticle;
import org.apache.lucene.document.Document;

/** Indexes the extracted facts so that queries can filter and count by them (see docs/query-language.md). */
final class FactFields {

  private FactFields() {}

  static void add(Document doc, StoredArticle stored) {
    // Filled in with the fact extractors (entities, quotes, sources, quantities, money, time, places).
  }
}
