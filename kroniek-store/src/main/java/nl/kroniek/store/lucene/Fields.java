package nl.kroniek.store.lucene;

/** Names of the Lucene fields; the query language maps user-facing field names onto these. */
final class Fields {
  static final String ID = "id";
  static final String FINGERPRINT = "fingerprint";
  static final String SOURCE_JSON = "_source";

  static final String TITLE = "title";
  static final String TEXT = "text";
  /** Unstemmed, undecompounded copies, for wildcards and literal matching. */
  static final String TITLE_EXACT = "title.exact";
  static final String TEXT_EXACT = "text.exact";

  static final String SOURCE = "source";
  static final String SOURCE_FACET = "source.facet";

  /** Publication date as an interval of epoch days (LongRange), for intersect queries. */
  static final String DATE = "date";
  /** First epoch day of the publication date, for sorting. */
  static final String DATE_SORT = "date.sort";
  /** Month ("2017-11"), year ("2017") or "unknown", for counting. */
  static final String DATE_BUCKET = "date.bucket";

  static final String LANGUAGE = "language";

  private Fields() {}
}
