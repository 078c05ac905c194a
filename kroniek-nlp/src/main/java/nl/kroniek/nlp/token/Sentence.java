package nl.kroniek.nlp.token;

import java.util.List;
import java.util.Objects;
import nl.kroniek.model.fact.Span;

/**
 * One sentence found by {@link SentenceSplitter}: a range of token indexes and the char offsets from its first
 * token's start to its last token's end.
 *
 * @param tokenStart index of the first token in the token list
 * @param tokenEnd index just past the last token (exclusive), greater than {@code tokenStart}
 * @param start char offset of the first token
 * @param end char offset just past the last token
 * @param capped true when the sentence was cut at {@link SentenceSplitter#maxTokens()} rather than at a
 *     sentence end, so the text continues in the next sentence
 */
public record Sentence(int tokenStart, int tokenEnd, int start, int end, boolean capped) implements Span {

  public Sentence {
    if (tokenStart < 0 || tokenEnd <= tokenStart) {
      throw new IllegalArgumentException("bad token range [" + tokenStart + ", " + tokenEnd + ")");
    }
    Span.check(start, end);
  }

  /** Number of tokens, at least 1. */
  public int tokenCount() {
    return tokenEnd - tokenStart;
  }

  /** This sentence's tokens: a view of {@code tokens}, the list it was split from. */
  public List<Token> tokens(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return tokens.subList(tokenStart, tokenEnd);
  }

  /** This sentence's text in {@code source}, the text the tokens were made from. */
  public String text(String source) {
    Objects.requireNonNull(source, "source");
    return source.substring(start, end);
  }
}
