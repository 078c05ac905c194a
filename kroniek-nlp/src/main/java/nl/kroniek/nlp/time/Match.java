package nl.kroniek.nlp.time;

/**
 * A rule match: tokens up to {@code end} (exclusive), what they mean, and the part-of-period modifier;
 * {@code year} marks a match that is a year, so that a list of years can continue.
 */
record Match(int end, Meaning meaning, String modifier, boolean year) {
  Match(int end, Meaning meaning) {
    this(end, meaning, null, false);
  }

  Match withModifier(String mod) {
    return new Match(end, meaning, mod, year);
  }
}

