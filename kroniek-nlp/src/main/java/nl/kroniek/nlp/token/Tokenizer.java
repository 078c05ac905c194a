package nl.kroniek.nlp.token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits Dutch text into {@link Token}s whose offsets point into the text. Handles abbreviations
 * ({@code dhr.}, {@code o.a.}, initials), Dutch numbers ({@code 3.500}, {@code 2,5}), hyphenated compounds
 * ({@code IS-strijders}), apostrophes ({@code zo'n}, {@code 's-Hertogenbosch}, {@code Saoedi's}), every quote
 * style with its open/close role, ellipses, URLs, e-mail addresses, symbols and any script. The rules are in
 * docs/tokenization.md.
 *
 * <p>Never fails on any string (empty, control chars, lone surrogates, megabytes without a space) and runs in
 * linear time: a hand-written scanner with bounded lookahead. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Token> tokens = new Tokenizer().tokenize(article.text());
 * List<Sentence> sentences = new SentenceSplitter().split(tokens);
 * }</pre>
 */
public final class Tokenizer {

  private final Abbreviations abbreviations;

  /** A tokenizer with the built-in Dutch abbreviations. */
  public Tokenizer() {
    this(Abbreviations.dutch());
  }

  public Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
  }

  /** The tokens of {@code text}, in order; an unmodifiable list. */
  public List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    tokenize(text, out);
    return Collections.unmodifiableList(out);
  }

  /**
   * Appends the tokens of {@code text} to {@code out} (a buffer you may reuse after clearing it). Offsets are
   * into {@code text}; its first token is a paragraph start.
   */
  public void tokenize(String text, List<? super Token> out) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(out, "out");
    new TokenScanner(text, abbreviations, out).run();
  }

  public Abbreviations abbreviations() {
    return abbreviations;
  }
}
