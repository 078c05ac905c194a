package nl.kroniek.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.Token;

/**
 * Finds names of persons, organisations, locations and miscellaneous entities (the CoNLL-2002 types) in
 * Dutch text. A linear sequence model trained here on data Kroniek may ship (docs/models/ner.md), with
 * document-level features and a document-level consistency pass, then per-document consolidation of the
 * mentions into entities with canonical names.
 *
 * <p>Thread-safe: one instance serves every thread. Loading the bundled model takes about a second and
 * some 100 MB of heap (model, word lists, gazetteer); {@link #bundled()} does it once.
 */
public final class NamedEntityRecognizer {

  /** The bundled model, a resource next to this class. */
  public static final String MODEL_RESOURCE = "ner-model.bin.gz";

  private static final class Holder {
    static final NamedEntityRecognizer INSTANCE = loadBundled();
  }

  private final NerModel model;
  private final WordInfo.Cache words;

  NamedEntityRecognizer(NerModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.words = new WordInfo.Cache(model.lexicon(), model.clusters());
  }

  /**
   * The recogniser with the model bundled in the jar, loaded on first use.
   *
   * @throws UncheckedIOException when the bundled model is missing or unreadable
   */
  public static NamedEntityRecognizer bundled() {
    return Holder.INSTANCE;
  }

  /** A recogniser with a model file written by {@code kroniek train ner}. */
  public static NamedEntityRecognizer load(Path modelFile) throws IOException {
    try (InputStream in = Files.newInputStream(modelFile)) {
      return new NamedEntityRecognizer(NerModel.read(in));
    }
  }

  private static NamedEntityRecognizer loadBundled() {
    try (InputStream in = NamedEntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException("the bundled named-entity model " + MODEL_RESOURCE + " is missing");
      }
      return new NamedEntityRecognizer(NerModel.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What model this is (training data, date), as recorded when it was trained. */
  public String version() {
    return model.description();
  }

  /**
   * Tags the pre-tokenised sentences of one document: one IOB2 tag ({@code B-PER}, {@code I-LOC},
   * {@code O}, ...) per word. The sentences should belong to one document: the recogniser uses the whole
   * document to decide (a capital at the start of a sentence says little on its own).
   */
  public List<List<String>> tag(List<? extends List<String>> sentences) {
    int[][] tags = tagIds(sentences);
    List<List<String>> out = new ArrayList<>(tags.length);
    for (int[] sentence : tags) {
      List<String> names = new ArrayList<>(sentence.length);
      for (int t : sentence) {
        names.add(Tags.NAMES[t]);
      }
      out.add(names);
    }
    return out;
  }

  int[][] tagIds(List<? extends List<String>> sentences) {
    NerDocument doc = new NerDocument(sentences, words);
    int[][] tags = model.tag(doc);
    DocumentConsistency.apply(doc, tags);
    return tags;
  }

  /**
   * The entity mentions of an article, in text order, with character offsets into {@code text} and a
   * canonical name per entity ({@code Dillon} → {@code Ryan Dillon}).
   *
   * @param tokens the article's tokens (from {@code Tokenizer})
   * @param sentences its sentences (from {@code SentenceSplitter})
   */
  public List<Entity> find(String text, List<Token> tokens, List<Sentence> sentences) {
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<String> w = new ArrayList<>(s.tokenCount());
      for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
        w.add(tokens.get(i).text());
      }
      words.add(w);
    }
    int[][] tags = tagIds(words);
    List<Entity> mentions = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      int offset = sentences.get(s).tokenStart();
      for (Spans.Span span : Spans.of(tags[s])) {
        int start = tokens.get(offset + span.start()).start();
        int end = tokens.get(offset + span.end() - 1).end();
        mentions.add(new Entity(text.substring(start, end), span.type(), null, start, end));
      }
    }
    return EntityConsolidator.consolidate(mentions);
  }
}
