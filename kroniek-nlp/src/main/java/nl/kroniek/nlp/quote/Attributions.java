package nl.kroniek.nlp.quote;

import java.util.List;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.Token;

/**
 * Quotes and cited sources of one article from a single pass over its speech: what
 * {@link QuoteExtractor} and {@link SourceExtractor} return, without finding the speech twice (the
 * pipeline wants both).
 *
 * @param quotes as {@link QuoteExtractor#extract}
 * @param sources as {@link SourceExtractor#extract}
 */
public record Attributions(List<Quote> quotes, List<CitedSource> sources) {

  public Attributions {
    quotes = List.copyOf(quotes);
    sources = List.copyOf(sources);
  }

  public static Attributions extract(String text, List<Token> tokens, List<Sentence> sentences,
      List<Entity> entities) {
    Doc doc = Doc.of(text, tokens, sentences, entities);
    List<Found> found = SpeechFinder.find(doc);
    return new Attributions(QuoteExtractor.quotes(found), SourceExtractor.sources(doc, found));
  }
}
