package nl.kroniek.nlp.token;

import java.util.List;
import java.util.Objects;

/**
 * A text and its tokens, whose offsets point into it; made by {@link Tokens} from pre-tokenised input.
 *
 * @param text the text the offsets refer to
 * @param tokens the tokens in order (unmodifiable)
 */
public record TokenizedText(String text, List<Token> tokens) {

  public TokenizedText {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }
}
