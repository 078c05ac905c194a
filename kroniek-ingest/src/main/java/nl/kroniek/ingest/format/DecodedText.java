package nl.kroniek.ingest.format;

import nl.kroniek.model.Article;

/**
 * Text decoded from stored bytes.
 *
 * @param text the text, BOM and stray control characters removed
 * @param encoding the charset used: {@code UTF-8}, {@code windows-1252}, {@code UTF-16LE}, {@code UTF-16BE}
 * @param sanitized true when control characters were removed
 */
record DecodedText(String text, String encoding, boolean sanitized) {

  /** Notes in metadata what decoding did, when it did more than read UTF-8. */
  void describeIn(Article.Builder article) {
    if (!encoding.equals("UTF-8")) {
      article.meta(TextDecoder.META_ENCODING, encoding);
    }
    if (sanitized) {
      article.meta(TextDecoder.META_SANITIZED, TextDecoder.SANITIZED_CONTROL);
    }
  }
}
