package nl.kroniek.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.TimeExpression;
import nl.kroniek.nlp.geo.Geocoder;
import nl.kroniek.nlp.ner.NamedEntityRecognizer;
import nl.kroniek.nlp.quantity.NumericFacts;
import nl.kroniek.nlp.quote.Attributions;
import nl.kroniek.nlp.time.TimeExtractor;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.Tokenizer;

/**
 * The whole Dutch pipeline over one article: tokens and sentences, then named entities, quotes and
 * speakers, cited sources, quantities and money, time expressions resolved against the publication date,
 * and geocoded places. Thread-safe; one instance serves every ingest worker.
 *
 * <p>Each extractor runs on its own: if one fails on an odd article, the others' facts are kept and the
 * failure is recorded in {@link Facts#extractors()}. Articles longer than {@link #MAX_CHARS} are analysed up
 * to that length (at a word boundary): the article is still stored and searchable whole.
 */
public final class DutchPipeline {

  /** Text beyond this many characters is not analysed (about 150,000 words; news articles are ~500). */
  public static final int MAX_CHARS = 1_000_000;

  static final String TOKENIZER_VERSION = "kroniek-tokenizer 1";
  static final String QUOTES_VERSION = "kroniek-quotes 3";
  static final String SOURCES_VERSION = "kroniek-sources 3";
  static final String NUMBERS_VERSION = "kroniek-quantities 2";
  static final String TIME_VERSION = "kroniek-time 2";
  static final String PLACES_VERSION = "kroniek-geocoder 2 (GeoNames cities500 extract)";

  private static final class Holder {
    static final DutchPipeline INSTANCE = new DutchPipeline(NamedEntityRecognizer.bundled());
  }

  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final NamedEntityRecognizer ner;
  private final TimeExtractor times = new TimeExtractor();
  private final Geocoder geocoder = new Geocoder();

  public DutchPipeline(NamedEntityRecognizer ner) {
    this.ner = Objects.requireNonNull(ner, "ner");
  }

  /** The pipeline with the bundled models, created on first use (loading takes a few seconds). */
  public static DutchPipeline bundled() {
    return Holder.INSTANCE;
  }

  /**
   * The facts of one article.
   *
   * @param text the article text as stored (offsets in the facts point into it)
   * @param published the publication date with its precision; relative time is resolved against it
   */
  public Facts analyze(String text, PubDate published) {
    Objects.requireNonNull(text, "text");
    PubDate reference = published == null ? PubDate.UNKNOWN : published;
    String t = text.length() <= MAX_CHARS ? text : text.substring(0, wordBoundary(text, MAX_CHARS));
    Map<String, String> versions = new LinkedHashMap<>();
    List<Token> tokens = run(versions, "tokenizer", TOKENIZER_VERSION, () -> tokenizer.tokenize(t), List.of());
    List<Sentence> sentences = run(versions, "sentences", TOKENIZER_VERSION, () -> splitter.split(tokens), List.of());
    List<Entity> entities = run(versions, "entities", ner.version(), () -> ner.find(t, tokens, sentences), List.of());
    Attributions speech = run(versions, "quotes", QUOTES_VERSION,
        () -> Attributions.extract(t, tokens, sentences, entities), new Attributions(List.of(), List.of()));
    versions.put("sources", versions.get("quotes").replace(QUOTES_VERSION, SOURCES_VERSION));
    List<Quote> q = speech.quotes();
    List<CitedSource> s = speech.sources();
    NumericFacts numbers = run(versions, "quantities", NUMBERS_VERSION, () -> NumericFacts.extract(t),
        new NumericFacts(List.of(), List.of()));
    versions.put("money", versions.get("quantities"));
    List<TimeExpression> tx = run(versions, "times", TIME_VERSION, () -> times.extract(t, reference), List.of());
    List<Place> places = run(versions, "places", PLACES_VERSION, () -> geocoder.places(t, entities), List.of());
    List<Quantity> quantities = numbers.quantities();
    List<Money> money = numbers.money();
    if (t.length() < text.length()) {
      versions.put("limit", "analysed the first " + t.length() + " of " + text.length() + " characters");
    }
    return new Facts(entities, q, s, quantities, money, tx, places, versions);
  }

  private static <T> T run(Map<String, String> versions, String name, String version, Supplier<T> step, T empty) {
    try {
      T result = step.get();
      versions.put(name, version);
      return result;
    } catch (RuntimeException | StackOverflowError e) {
      // One extractor's bug must not cost the article its other facts.
      versions.put(name, version + " (failed: " + e.getClass().getSimpleName() + ")");
      return empty;
    }
  }

  private static int wordBoundary(String text, int limit) {
    int i = limit;
    while (i > limit - 1000 && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
