package nl.kroniek.nlp.token;

/**
 * Whether a {@link TokenType#QUOTE} mark opens or closes a quotation, judged from the characters on either
 * side (space before and a word after opens; a word before and space or punctuation after closes) and,
 * when that says nothing, from the glyph ({@code „ “ ‘ « ,,} open, {@code ” ’ »} close). Straight marks
 * with space on both sides stay {@link #AMBIGUOUS}: pairing them is the quote finder's job.
 */
public enum QuoteRole {
  /** The token is not a quote mark. */
  NONE,
  OPEN,
  CLOSE,
  AMBIGUOUS
}
