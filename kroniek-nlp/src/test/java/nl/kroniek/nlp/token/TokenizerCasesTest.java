package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the table of tokenizer cases in {@code tokenizer-cases.txt}: tokens, types, quote roles, offsets. */
class TokenizerCasesTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  @ParameterizedTest(name = "[{index}] line {0}: {1}")
  @MethodSource("cases")
  void tokenizesAsListed(int line, String input, List<String> expected, List<String> types) {
    List<Token> tokens = TOKENIZER.tokenize(input);

    assertThat(tokens).extracting(Token::text).as("tokens of line %d", line).containsExactlyElementsOf(expected);
    for (Token t : tokens) {
      assertThat(input.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    if (!types.isEmpty()) {
      List<String> actual = tokens.stream().map(t -> describe(t, types.get(tokens.indexOf(t)))).toList();
      assertThat(actual).as("types of line %d", line).containsExactlyElementsOf(types);
    }
  }

  /** The token's type, with its quote role when the expectation names one. */
  private static String describe(Token t, String expected) {
    return expected.contains(":") ? t.type() + ":" + t.quoteRole() : t.type().name();
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<String> lines;
    try (InputStream in = TokenizerCasesTest.class.getResourceAsStream("tokenizer-cases.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("> ")) {
        continue;
      }
      String input = unescape(lines.get(i).substring(2));
      String tokens = lines.get(i + 1);
      if (!tokens.startsWith("= ")) {
        throw new IllegalStateException("line " + (i + 2) + " must list the tokens");
      }
      List<String> expected = Arrays.asList(unescape(tokens.substring(2)).split(" "));
      List<String> types = i + 2 < lines.size() && lines.get(i + 2).startsWith(": ")
          ? Arrays.asList(lines.get(i + 2).substring(2).split(" ")) : List.of();
      if (!types.isEmpty() && types.size() != expected.size()) {
        throw new IllegalStateException("line " + (i + 3) + ": " + types.size() + " types for "
            + expected.size() + " tokens");
      }
      cases.add(Arguments.of(i + 1, input, expected, types));
    }
    return cases.stream();
  }

  /** Resolves backslash escapes: n, t, r, a backslash, and u with four hex digits (lone surrogates too). */
  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }
}
