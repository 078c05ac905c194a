package nl.kroniek.ingest.format;

/** Content that cannot become an article; the message is the rejection reason shown to the user. */
final class ContentException extends Exception {
  ContentException(String reason) {
    super(reason, null, false, false); // a verdict about input, not a failure: no stack trace needed
  }
}
