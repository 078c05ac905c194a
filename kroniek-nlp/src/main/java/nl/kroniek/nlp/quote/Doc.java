package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.TokenText;
import nl.kroniek.nlp.token.TokenType;

/**
 * One article as the finders see it: text, tokens, the sentence of every token, and the entity index, with
 * small token tests. Checks the arguments once, so the finders can index without bounds worries.
 */
final class Doc {

  final String text;
  final List<Token> tokens;
  final int size;
  final EntityIndex entities;
  /** Sentence number of each token; tokens that no sentence covers are grouped per gap. */
  private final int[] sentenceOf;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;

  private Doc(String text, List<Token> tokens, int[] sentenceOf, int[] first, int[] end, EntityIndex entities) {
    this.text = text;
    this.tokens = tokens;
    this.size = tokens.size();
    this.sentenceOf = sentenceOf;
    this.sentenceFirst = first;
    this.sentenceEnd = end;
    this.entities = entities;
  }

  /**
   * Longest sentence the finders see, in tokens: longer ones (missing or odd sentence lists) are cut, so that
   * work per sentence stays bounded. The project splitter never makes sentences this long.
   */
  static final int MAX_SENTENCE_TOKENS = 400;

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tokens are not in order within the text, or a sentence points
   *     outside the token list
   */
  static Doc of(String text, List<Token> tokens, List<Sentence> sentences, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(entities, "entities");
    List<Token> t = tokens instanceof RandomAccess ? tokens : new ArrayList<>(tokens);
    int previousEnd = 0;
    for (Token token : t) {
      Objects.requireNonNull(token, "token");
      if (token.start() < previousEnd || token.end() > text.length()) {
        throw new IllegalArgumentException("token " + token + " is out of order or outside the text");
      }
      previousEnd = token.end();
    }
    int n = t.size();
    int[] sentenceOf = new int[n];
    Arrays.fill(sentenceOf, -1);
    List<int[]> ranges = new ArrayList<>(sentences.size() + 1);
    for (Sentence s : sentences) {
      Objects.requireNonNull(s, "sentence");
      if (s.tokenEnd() > n) {
        throw new IllegalArgumentException("sentence " + s + " points past the " + n + " tokens");
      }
    }
    // Number the sentences in token order; a token outside every sentence (or in two) starts a new one.
    int[] owner = new int[n];
    Arrays.fill(owner, -1);
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
        owner[i] = k;
      }
    }
    int id = -1;
    int previousOwner = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      boolean tooLong = id >= 0 && i - ranges.get(id)[0] >= MAX_SENTENCE_TOKENS;
      if (owner[i] != previousOwner || tooLong) {
        id++;
        ranges.add(new int[] {i, i + 1});
        previousOwner = owner[i];
      } else {
        ranges.get(id)[1] = i + 1;
      }
      sentenceOf[i] = id;
    }
    int[] first = new int[ranges.size()];
    int[] end = new int[ranges.size()];
    for (int k = 0; k < ranges.size(); k++) {
      first[k] = ranges.get(k)[0];
      end[k] = ranges.get(k)[1];
    }
    return new Doc(text, t, sentenceOf, first, end, new EntityIndex(entities, text.length()));
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The token's text normalised and lower-cased ({@code Zei} → {@code zei}, {@code ’t} → {@code 't}). */
  String lower(int i) {
    String s = tokens.get(i).text();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return TokenText.fold(s);
      }
    }
    return s;
  }

  int sentence(int i) {
    return sentenceOf[i];
  }

  /** Index of the first token of token i's sentence. */
  int sentenceStart(int i) {
    return sentenceFirst[sentenceOf[i]];
  }

  /** Index just past the last token of token i's sentence. */
  int sentenceEnd(int i) {
    return sentenceEnd[sentenceOf[i]];
  }

  /** Number of sentences (the splitter's, cut at {@link #MAX_SENTENCE_TOKENS}, plus uncovered gaps). */
  int sentenceCount() {
    return sentenceFirst.length;
  }

  /** Index of the first token of sentence number s. */
  int firstTokenOf(int s) {
    return sentenceFirst[s];
  }

  /** Index just past the last token of sentence number s. */
  int endTokenOf(int s) {
    return sentenceEnd[s];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && tokens.get(i).type() == TokenType.WORD;
  }

  /** A word token spelled with a capital ({@code Dillon}, {@code BBC}, {@code NU.nl}). */
  boolean isCapitalised(int i) {
    if (i < 0 || i >= size) {
      return false;
    }
    Token t = tokens.get(i);
    return (t.type() == TokenType.WORD || t.type() == TokenType.URL) && t.isCapitalized();
  }

  /** A word in lower case (not {@code 26-jarige}: digits first are allowed). */
  boolean isLowerWord(int i) {
    if (i < 0 || i >= size) {
      return false;
    }
    Token t = tokens.get(i);
    return t.type() == TokenType.WORD && !t.isCapitalized() && t.hasLetter();
  }

  boolean is(int i, char c) {
    return i >= 0 && i < size && tokens.get(i).is(c);
  }

  boolean isQuote(int i) {
    return i >= 0 && i < size && tokens.get(i).type() == TokenType.QUOTE;
  }

  /** Sentence-final punctuation: {@code . ! ? … ...} and runs like {@code ?!}. */
  boolean isTerminal(int i) {
    if (i < 0 || i >= size || tokens.get(i).type() != TokenType.PUNCT) {
      return false;
    }
    char c = tokens.get(i).text().charAt(0);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /** A dash or spaced hyphen used as punctuation. */
  boolean isDash(int i) {
    if (i < 0 || i >= size || tokens.get(i).type() != TokenType.PUNCT) {
      return false;
    }
    char c = tokens.get(i).text().charAt(0);
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** Any punctuation or quote mark (it ends an appositive or relative clause), or outside the tokens. */
  boolean isClauseBreak(int i) {
    if (i < 0 || i >= size) {
      return true;
    }
    TokenType type = tokens.get(i).type();
    return type == TokenType.QUOTE || type == TokenType.PUNCT;
  }

  /** The text of tokens [from, to), as written. */
  String span(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Lower case Dutch, for comparisons independent of the text's casing. */
  static String lowerCase(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
