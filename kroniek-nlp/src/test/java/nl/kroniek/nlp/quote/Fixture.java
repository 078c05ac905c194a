package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.Tokenizer;

/** Runs the extractors the way the pipeline does: project tokenizer and splitter, hand-made entities. */
final class Fixture {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  static final QuoteExtractor QUOTES = new QuoteExtractor();
  static final SourceExtractor SOURCES = new SourceExtractor();

  private Fixture() {}

  static List<Quote> quotes(String text, Entity... entities) {
    List<Token> tokens = TOKENIZER.tokenize(text);
    List<Sentence> sentences = SPLITTER.split(tokens);
    List<Quote> quotes = QUOTES.extract(text, tokens, sentences, List.of(entities));
    checkOffsets(text, quotes);
    return quotes;
  }

  static List<CitedSource> sources(String text, Entity... entities) {
    List<Token> tokens = TOKENIZER.tokenize(text);
    List<Sentence> sentences = SPLITTER.split(tokens);
    List<CitedSource> sources = SOURCES.extract(text, tokens, sentences, List.of(entities));
    for (CitedSource s : sources) {
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    return sources;
  }

  /** The only quote of a text. */
  static Quote only(String text, Entity... entities) {
    List<Quote> quotes = quotes(text, entities);
    assertThat(quotes).as("quotes of: %s", text).hasSize(1);
    return quotes.get(0);
  }

  /** The speaker mention as written in the text, or null. */
  static String mention(String text, Quote q) {
    return q.speakerStart() < 0 ? null : text.substring(q.speakerStart(), q.speakerEnd());
  }

  /** A hand-made entity for the first occurrence of {@code mention} in {@code text}. */
  static Entity entity(String text, String mention, EntityType type, String canonical) {
    int start = text.indexOf(mention);
    if (start < 0) {
      throw new IllegalArgumentException(mention + " not in text");
    }
    return new Entity(mention, type, canonical, start, start + mention.length());
  }

  /** An entity for every occurrence of {@code mention}. */
  static Entity[] entities(String text, String mention, EntityType type, String canonical) {
    List<Entity> all = new java.util.ArrayList<>();
    for (int i = text.indexOf(mention); i >= 0; i = text.indexOf(mention, i + 1)) {
      all.add(new Entity(mention, type, canonical, i, i + mention.length()));
    }
    return all.toArray(new Entity[0]);
  }

  static void checkOffsets(String text, List<Quote> quotes) {
    int previous = -1;
    for (Quote q : quotes) {
      assertThat(q.start()).isBetween(0, text.length());
      assertThat(q.end()).isBetween(q.start(), text.length());
      assertThat(q.start()).isGreaterThanOrEqualTo(previous);
      previous = q.start();
      if (q.speakerStart() >= 0) {
        assertThat(q.speakerEnd()).isBetween(q.speakerStart(), text.length());
      } else {
        assertThat(q.speakerEnd()).isEqualTo(-1);
      }
      if (!q.direct()) {
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      }
    }
  }
}
