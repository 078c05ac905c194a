package nl.kroniek.cli;

import java.io.PrintWriter;
import nl.kroniek.store.StoredArticle;

/** Prints the facts of an article for people (the JSON form is the stored record itself). */
final class FactsPrinter {
  private FactsPrinter() {}

  static void print(PrintWriter out, StoredArticle stored) {
    // Filled in with the fact extractors.
  }
}
