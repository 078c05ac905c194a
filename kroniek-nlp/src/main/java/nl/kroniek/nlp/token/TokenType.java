package nl.kroniek.nlp.token;

/** What kind of text a {@link Token} covers. See docs/tokenization.md for the rules with examples. */
public enum TokenType {
  /**
   * Letters of any script, possibly with digits, inner hyphens and apostrophes: {@code IS-strijders},
   * {@code zo'n}, {@code 's-Hertogenbosch}, {@code Saoedi's}, {@code 26-jarige}, {@code 3D}, {@code vrachtwagen-}.
   */
  WORD,
  /**
   * Digits with Dutch separators kept together: {@code 3.500}, {@code 2,5}, {@code 2.000,50}, {@code 15.30},
   * {@code 10:30}, {@code 2017-11}, {@code 24/7}, and the short year {@code '80}. The token text is never
   * interpreted here: {@code 3.500} may be thousands or a time, which is the number parser's job.
   */
  NUMBER,
  /** A number with an ordinal suffix: {@code 1e}, {@code 2de}, {@code 21ste}, {@code 3rd}. */
  ORDINAL,
  /**
   * A known abbreviation or an initial, including its period(s): {@code dhr.}, {@code o.a.}, {@code d.w.z.},
   * {@code J.P.}, {@code A.} (before a name), {@code t/m}.
   */
  ABBREVIATION,
  /** Punctuation: {@code . , ; : ( ) - – —}, an ellipsis {@code ...} or {@code …}, runs like {@code ?!}. */
  PUNCT,
  /**
   * A quote mark: {@code " “ ” „ ' ‘ ’ « »}; see {@link Token#quoteRole()} and {@link Token#isSingleQuote()}.
   */
  QUOTE,
  /** A web address: {@code https://nos.nl/a/1}, {@code www.nu.nl}, {@code nos.nl}. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A symbol: {@code © € $ % & # @ + =}, an emoji (with its modifiers and joiners). */
  SYMBOL,
  /** Anything else that is visible but meaningless here: a lone surrogate, private-use or unassigned code. */
  OTHER
}
