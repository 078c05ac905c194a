package nl.kroniek.nlp.geo;

/**
 * A stretch of the article that may name a place.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param evidence why it is taken for a place name
 */
record Mention(int start, int end, Evidence evidence) {

  /** Why a stretch of text is taken for a place name, strongest first. */
  enum Evidence {
    /** The recogniser tagged it LOC: resolved even when it is also a common word. */
    LOCATION,
    /** The recogniser tagged it ORG, but it is exactly a Dutch country or continent name ({@code Rusland}). */
    ORGANISATION_NAMED_AS_COUNTRY,
    /** The recogniser missed it; it is a Dutch country or continent name standing on its own. */
    UNTAGGED_COUNTRY
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
