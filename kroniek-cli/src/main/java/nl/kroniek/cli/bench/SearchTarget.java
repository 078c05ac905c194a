package nl.kroniek.cli.bench;

import java.io.Closeable;

/** Something the query mix runs against: Kroniek or the floor. */
interface SearchTarget extends Closeable {

  /** A short name for tables and JSON. */
  String name();

  /** Whether this target can run the query at all (the floor cannot express every Kroniek query). */
  boolean supports(BenchQuery query);

  /** Runs one query the way a user's search would, and returns the number of matching articles. */
  long search(BenchQuery query) throws Exception;
}
