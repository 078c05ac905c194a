package nl.kroniek.nlp.quote;

/**
 * Text between a pair of quote marks, possibly continued over paragraphs.
 *
 * @param open index of the first opening mark
 * @param close index of the closing mark
 * @param text the quoted words without marks; continued paragraphs joined by a space
 * @param continued true when the quotation runs over more than one paragraph
 */
record QuotedSpan(int open, int close, String text, boolean continued) {}
