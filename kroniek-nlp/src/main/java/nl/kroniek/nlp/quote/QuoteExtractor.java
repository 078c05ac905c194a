package nl.kroniek.nlp.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.Token;

/**
 * Finds quotations in Dutch news text and who said them: direct quotes in any quote style ({@code "…"},
 * {@code “…”}, {@code „…”}, {@code ,,…''}, {@code ‘…’}, {@code '…'}, {@code «…»}), over several sentences and
 * paragraphs, attributed by a reporting verb before or after ({@code "…", zei X}, {@code X zei: "…"},
 * {@code "…", aldus X}), plus indirect speech ({@code X zegt dat …}, {@code volgens X …}) with
 * {@link Quote#direct()} false. Speakers are names (the recogniser's canonical name when it found one; a
 * description of a named person becomes the name), unnamed noun phrases ({@code een inlichtingsofficier}) or
 * resolved pronouns; a quote without attribution of its own takes the salient person of the narrative around
 * it (the subject of the sentence before, the last speaker in view), and stays without speaker when nobody is
 * in view. Scare quotes and quoted titles are skipped. The rules are in docs/extractors/quotes.md.
 *
 * <p>Stateless and thread-safe; linear in the text length, never fails on any text.
 *
 * <pre>{@code
 * List<Token> tokens = new Tokenizer().tokenize(text);
 * List<Sentence> sentences = new SentenceSplitter().split(tokens);
 * List<Quote> quotes = new QuoteExtractor().extract(text, tokens, sentences, entities);
 * }</pre>
 */
public final class QuoteExtractor {

  public QuoteExtractor() {}

  /**
   * The quotations of one article, in text order.
   *
   * @param text the article text
   * @param tokens its tokens, as made by the project {@code Tokenizer} from {@code text}
   * @param sentences the sentences of those tokens
   * @param entities named-entity mentions in {@code text}, possibly incomplete or empty; mentions outside
   *     the text are ignored
   * @return an unmodifiable list; offsets are within {@code text}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tokens are not in order inside {@code text} or a sentence points
   *     past the tokens
   */
  public List<Quote> extract(String text, List<Token> tokens, List<Sentence> sentences, List<Entity> entities) {
    return quotes(SpeechFinder.find(Doc.of(text, tokens, sentences, entities)));
  }

  /** Quotes from speech that has been found already (see {@link Attributions#extract}). */
  static List<Quote> quotes(List<Found> found) {
    List<Quote> quotes = new ArrayList<>(found.size());
    for (Found f : found) {
      if (aboutData(f)) {
        continue;
      }
      quotes.add(new Quote(f.text, f.speaker, f.description, f.direct, f.start, f.end, f.speakerStart,
          f.speakerEnd));
    }
    return Collections.unmodifiableList(quotes);
  }

  /**
   * {@code volgens de voorlopige cijfers ...}: figures are a source of information (the source extractor keeps
   * {@code volgens cijfers van het CBS}) but nobody said the clause.
   */
  private static boolean aboutData(Found f) {
    Attribution a = f.attribution;
    return a != null && !f.direct && "volgens".equals(a.cue()) && a.speaker() != null
        && a.speaker().head() != null && Words.DATA_NOUNS.contains(a.speaker().head());
  }
}
