package nl.kroniek.nlp.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tokens for text that arrives already tokenised (CoNLL files, gold data), so evaluation and production use
 * one {@link Token} type: the words are joined with single spaces into a synthetic text, each word becomes
 * one token whose offsets point into that text, typed as the {@link Tokenizer} would type it alone.
 */
public final class Tokens {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private Tokens() {}

  /**
   * One token per word; the text is the words joined by single spaces.
   *
   * @throws IllegalArgumentException if a word is empty or contains whitespace
   */
  public static TokenizedText fromWords(List<String> words) {
    return fromSentences(List.of(words));
  }

  /**
   * One token per word; words are joined by single spaces and sentences by a blank line ({@code "\n\n"}), so
   * each sentence's first token is a paragraph start and {@link SentenceSplitter} returns the given sentences
   * (unless one is longer than its cap). Empty sentences are skipped.
   *
   * @throws IllegalArgumentException if a word is empty or contains whitespace
   */
  public static TokenizedText fromSentences(List<? extends List<String>> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    StringBuilder sb = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Integer> contexts = new ArrayList<>();
    for (List<String> sentence : sentences) {
      boolean firstOfSentence = true;
      for (String word : Objects.requireNonNull(sentence, "sentence")) {
        check(word);
        int context = 0;
        if (!sb.isEmpty()) {
          sb.append(firstOfSentence ? "\n\n" : " ");
          context |= Token.WHITESPACE_BEFORE;
        }
        if (firstOfSentence) {
          context |= Token.LINE_START | Token.PARAGRAPH_START;
        }
        spans.add(new int[] {sb.length(), sb.length() + word.length()});
        contexts.add(context);
        sb.append(word);
        firstOfSentence = false;
      }
    }
    String text = sb.toString();
    List<Token> tokens = new ArrayList<>(spans.size());
    for (int k = 0; k < spans.size(); k++) {
      int start = spans.get(k)[0];
      int end = spans.get(k)[1];
      Token alone = typedAlone(text.substring(start, end));
      tokens.add(new Token(text, start, end, alone.type(), contexts.get(k) | (alone.flags() & Token.QUOTE_MASK)));
    }
    return new TokenizedText(text, tokens);
  }

  private static void check(String word) {
    Objects.requireNonNull(word, "word");
    if (word.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
    for (int i = 0; i < word.length(); i++) {
      if (CharClass.isSpace(CharClass.of(word.charAt(i)))) {
        throw new IllegalArgumentException("word contains whitespace: " + word);
      }
    }
  }

  /** The word as the tokenizer types it alone; a word it would split is typed by its first char. */
  private static Token typedAlone(String word) {
    List<Token> alone = TOKENIZER.tokenize(word);
    if (alone.size() == 1 && alone.get(0).length() == word.length()) {
      return alone.get(0);
    }
    int cp = word.codePointAt(0);
    byte cls = CharClass.ofCodePoint(cp);
    TokenType type = switch (cls) {
      case CharClass.LETTER -> TokenType.WORD;
      case CharClass.DIGIT -> TokenType.NUMBER;
      case CharClass.APOSTROPHE, CharClass.DOUBLE_QUOTE, CharClass.SINGLE_QUOTE -> TokenType.QUOTE;
      case CharClass.SYMBOL -> TokenType.SYMBOL;
      case CharClass.OTHER, CharClass.SURROGATE, CharClass.FORMAT -> TokenType.OTHER;
      default -> TokenType.PUNCT;
    };
    int quote = type == TokenType.QUOTE ? Token.QUOTE_OPEN | Token.QUOTE_CLOSE
        | (cls == CharClass.DOUBLE_QUOTE ? 0 : Token.QUOTE_SINGLE) : 0;
    return new Token(word, 0, word.length(), type, quote);
  }
}
