package nl.kroniek.nlp.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Groups tokens into sentences. A sentence ends:
 * <ul>
 *   <li>always before a paragraph start (blank line), so a headline without final punctuation is a sentence,
 *       and before a list item at a line start ({@code 2. Methode}, {@code - punt}, {@code • punt});
 *   <li>at {@code . ! ? … ...} (and an abbreviation such as {@code enz.} that may end a sentence), after any
 *       closing quotes and brackets glued to it ({@code vertrok." Daarna}), when the next token can start a
 *       sentence: a capitalised or uncased-script word, a number, an opening quote, a currency sign, an
 *       opening bracket before a capital, or {@code 's}/{@code 't} before a capital;
 *   <li>after an initial that follows a capitalised word only before a function word ({@code Michael P. Hij
 *       erkende} ends, {@code George W. Bush} does not);
 *   <li>never after a title or in-sentence abbreviation ({@code dhr.}, {@code o.a.}), an initial before a name
 *       ({@code J. Dillon}), a list number at a line start ({@code 1. Inleiding}) or a day in a list
 *       ({@code 3. 4. en 5. mei}); never before a lower-case word or a comma ({@code "…", zei hij.} is one
 *       sentence);
 *   <li>when a sentence reaches {@link #maxTokens()}: it is cut at the last {@code ;}, else {@code :} or dash,
 *       else comma, closing quote or bracket in its second half, else hard, and marked
 *       {@link Sentence#capped()}, so code that is quadratic in sentence length stays bounded.
 * </ul>
 * Immutable and thread-safe; linear in the number of tokens.
 */
public final class SentenceSplitter {

  /** Default cap on sentence length in tokens; news sentences are far shorter (DPG corpus: at most 103). */
  public static final int DEFAULT_MAX_TOKENS = 300;

  /** At most this many closing marks join a sentence end, so a run of marks cannot grow a sentence. */
  private static final int MAX_CLOSERS = 8;

  private final Abbreviations abbreviations;
  private final int maxTokens;

  /** The Dutch abbreviations and {@link #DEFAULT_MAX_TOKENS}. */
  public SentenceSplitter() {
    this(Abbreviations.dutch(), DEFAULT_MAX_TOKENS);
  }

  /**
   * @param abbreviations the list that says which abbreviations may end a sentence; use the tokenizer's
   * @param maxTokens the longest sentence, at least 2
   */
  public SentenceSplitter(Abbreviations abbreviations, int maxTokens) {
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must be at least 2: " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  public int maxTokens() {
    return maxTokens;
  }

  /**
   * The sentences of {@code tokens} (as made by {@link Tokenizer} from one text), in order: they cover every
   * token exactly once. Empty for no tokens.
   */
  public List<Sentence> split(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<Token> t = tokens instanceof RandomAccess ? tokens : new ArrayList<>(tokens);
    return new Run(t).split();
  }

  /** The state of one split: where the current sentence starts and which quotes are open. */
  private final class Run {
    private final List<Token> t;
    private final int n;
    private final List<Sentence> out;
    private int sentenceStart;
    private boolean doubleOpen;
    private boolean singleOpen;

    Run(List<Token> tokens) {
      this.t = tokens;
      this.n = tokens.size();
      this.out = new ArrayList<>(n / 16 + 1);
    }

    List<Sentence> split() {
      int i = 0;
      while (i < n) {
        Token tok = t.get(i);
        if (tok.paragraphStart()) {
          if (i > sentenceStart) {
            close(i);
          }
          doubleOpen = false;
          singleOpen = false;
        }
        if (tok.lineStart() && i > sentenceStart && isListItem(i)) {
          close(i);
        }
        while (i - sentenceStart >= maxTokens) {
          add(safeCut(i), true);
        }
        track(tok);
        boolean afterName = isInitialAfterName(i);
        if (!afterName && !isEnd(i)) {
          i++;
          continue;
        }
        int k = i + 1;
        while (k < n && k - i <= MAX_CLOSERS && !t.get(k).paragraphStart() && isCloser(t.get(k))) {
          track(t.get(k));
          k++;
        }
        if (k < n && !t.get(k).paragraphStart() && (afterName ? startsWithFunctionWord(k) : startsSentence(k))) {
          close(k);
        }
        i = k;
      }
      if (sentenceStart < n) {
        close(n);
      }
      return out;
    }

    /** Ends the current sentence before token {@code end}, cutting it first if it is too long. */
    private void close(int end) {
      while (end - sentenceStart > maxTokens) {
        add(safeCut(end), true);
      }
      add(end, false);
    }

    private void add(int end, boolean capped) {
      out.add(new Sentence(sentenceStart, end, t.get(sentenceStart).start(), t.get(end - 1).end(), capped));
      sentenceStart = end;
    }

    /** Where to cut the over-long sentence that runs to {@code limit}: after the best pause in its second half. */
    private int safeCut(int limit) {
      int hi = Math.min(limit, sentenceStart + maxTokens);
      int lo = sentenceStart + Math.max(1, maxTokens / 2);
      int best = hi;
      int bestRank = 0;
      for (int cut = hi; cut >= lo; cut--) {
        int rank = pauseRank(t.get(cut - 1));
        if (rank > bestRank) {
          best = cut;
          bestRank = rank;
          if (rank == 3) {
            break;
          }
        }
      }
      return best;
    }

    private int pauseRank(Token tok) {
      if (tok.type() == TokenType.QUOTE) {
        return tok.quoteRole() == QuoteRole.CLOSE ? 1 : 0;
      }
      if (tok.type() != TokenType.PUNCT) {
        return 0;
      }
      char c = tok.text().charAt(0);
      if (c == ';') {
        return 3;
      }
      if (c == ':' || CharClass.of(c) == CharClass.DASH || CharClass.of(c) == CharClass.HYPHEN) {
        return 2;
      }
      return c == ',' || CharClass.of(c) == CharClass.CLOSE_BRACKET ? 1 : 0;
    }

    private void track(Token tok) {
      if (tok.type() != TokenType.QUOTE) {
        return;
      }
      boolean single = tok.isSingleQuote();
      boolean open = single ? singleOpen : doubleOpen;
      open = switch (tok.quoteRole()) {
        case OPEN -> true;
        case CLOSE -> false;
        default -> !open;
      };
      if (single) {
        singleOpen = open;
      } else {
        doubleOpen = open;
      }
    }

    /** Token i may end a sentence: sentence-final punctuation or an abbreviation that often ends one. */
    private boolean isEnd(int i) {
      Token tok = t.get(i);
      if (tok.type() == TokenType.ABBREVIATION) {
        return abbreviations.kindOf(tok.text()).orElse(null) == Abbreviations.Kind.MAY_END_SENTENCE;
      }
      if (tok.type() != TokenType.PUNCT) {
        return false;
      }
      char c = tok.text().charAt(0);
      if (c == '.') {
        return tok.length() > 1 || !isNumberPeriod(i);
      }
      return c == '\u2026' || CharClass.of(c) == CharClass.TERMINAL;
    }

    /**
     * An initial after a capitalised word: a shortened surname ({@code Michael P.}), which may end a sentence,
     * or a middle initial ({@code George W. Bush}), which does not; the next word decides.
     */
    private boolean isInitialAfterName(int i) {
      Token tok = t.get(i);
      if (i == 0 || tok.type() != TokenType.ABBREVIATION || tok.length() != 2 || !tok.isCapitalized()
          || !tok.whitespaceBefore()) {
        return false;
      }
      Token before = t.get(i - 1);
      return before.type() == TokenType.WORD && before.isCapitalized();
    }

    private boolean startsWithFunctionWord(int k) {
      Token tok = t.get(k);
      return tok.type() == TokenType.WORD && tok.isCapitalized() && SentenceStarters.contains(tok.text());
    }

    /** A list item at a line start: {@code 2. Methode}, {@code 3) ...}, {@code - punt}, {@code • punt}. */
    private boolean isListItem(int i) {
      Token tok = t.get(i);
      if (tok.type() == TokenType.NUMBER) {
        return tok.length() <= 3 && i + 1 < n && !t.get(i + 1).whitespaceBefore()
            && (t.get(i + 1).is('.') || t.get(i + 1).is(')'));
      }
      return tok.type() == TokenType.PUNCT && tok.length() == 1
          && (tok.is('-') || tok.is('\u2013') || tok.is('\u2014') || tok.is('\u2022') || tok.is('*'));
    }

    /** A period that belongs to a number: a list item at a line start ({@code 1.}) or a day in a list. */
    private boolean isNumberPeriod(int i) {
      if (i == 0 || t.get(i).whitespaceBefore()) {
        return false;
      }
      Token before = t.get(i - 1);
      if (before.type() != TokenType.NUMBER || before.length() > 3) {
        return false;
      }
      if (before.lineStart()) {
        return true;
      }
      return before.length() <= 2 && i + 1 < n && t.get(i + 1).type() == TokenType.NUMBER
          && t.get(i + 1).length() <= 2;
    }

    /** A closing quote or bracket, or more final punctuation, that still belongs to the ending sentence. */
    private boolean isCloser(Token tok) {
      return switch (tok.type()) {
        case QUOTE -> switch (tok.quoteRole()) {
          case CLOSE -> true;
          case AMBIGUOUS -> tok.isSingleQuote() ? singleOpen : doubleOpen;
          default -> false;
        };
        case PUNCT -> {
          char c = tok.text().charAt(0);
          yield CharClass.of(c) == CharClass.CLOSE_BRACKET
              || (!tok.whitespaceBefore() && (c == '.' || c == '\u2026' || CharClass.of(c) == CharClass.TERMINAL));
        }
        default -> false;
      };
    }

    /** Token k can be the first of a sentence. */
    private boolean startsSentence(int k) {
      Token tok = t.get(k);
      return switch (tok.type()) {
        case WORD, ABBREVIATION -> tok.isCapitalized() || startsUncased(tok) || capitalAfterElision(k);
        case URL, EMAIL -> tok.isCapitalized();
        case NUMBER, ORDINAL -> true;
        case QUOTE -> switch (tok.quoteRole()) {
          case OPEN -> true;
          case AMBIGUOUS -> !(tok.isSingleQuote() ? singleOpen : doubleOpen);
          default -> false;
        };
        case PUNCT -> CharClass.of(tok.text().charAt(0)) == CharClass.OPEN_BRACKET && k + 1 < n
            && t.get(k + 1).isCapitalized();
        case SYMBOL -> Character.getType(tok.text().codePointAt(0)) == Character.CURRENCY_SYMBOL;
        default -> false;
      };
    }

    /** A word of a script without case (Arabic, Chinese, ...). */
    private boolean startsUncased(Token tok) {
      int cp = tok.text().codePointAt(0);
      return Character.isLetter(cp) && !Character.isLowerCase(cp) && !Character.isUpperCase(cp)
          && !Character.isTitleCase(cp);
    }

    /** {@code 's Avonds}, {@code 't Hooft}, {@code 's-Hertogenbosch}: lower case, yet a sentence start. */
    private boolean capitalAfterElision(int k) {
      Token tok = t.get(k);
      if (tok.type() != TokenType.WORD || CharClass.of(tok.text().charAt(0)) != CharClass.APOSTROPHE) {
        return false;
      }
      String x = tok.text();
      for (int j = 1; j < x.length(); j++) {
        if (Character.isUpperCase(x.charAt(j))) {
          return true;
        }
      }
      return k + 1 < n && t.get(k + 1).isCapitalized();
    }
  }
}
