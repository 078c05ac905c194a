package nl.kroniek.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Trains the bundled recogniser from the corpora Kroniek may ship a model from (docs/models/ner.md):
 * Kroniek's own stand-off annotations of the DpgMedia2019 articles (train split; the dev split is never
 * trained on) and, optionally, the Europeana Dutch NER corpus (CC0; 19th-century OCR without MISC, learned
 * from as partially labelled data). Scores the model on every development set after training.
 */
public final class NerTraining {

  /**
   * @param annotations directory with the stand-off {@code *.tsv} files (data/annotations/ner/dpg2019)
   * @param corpus the DpgMedia2019 JSON Lines file with the article texts
   * @param clusters word-cluster file from {@link #learnClusters}, or null for a model without them
   * @param written directory of training text written for Kroniek with inline marks, or null
   * @param europeanaTrain Europeana CoNLL training file, or null to leave it out
   * @param europeanaDev Europeana CoNLL dev file, or null
   * @param europeanaWeight weight of a Europeana example relative to a DPG one
   * @param epochs training passes; the epoch with the best DPG dev F1 is kept
   * @param minCount features seen fewer times are dropped
   * @param seed shuffling seed
   * @param runs training runs with consecutive seeds whose weights are averaged
   */
  public record Options(Path annotations, Path corpus, Path clusters, Path written, Path europeanaTrain, Path europeanaDev,
      double europeanaWeight, int epochs, int minCount, long seed, int runs) {
    public Options {
      Objects.requireNonNull(annotations, "annotations");
      Objects.requireNonNull(corpus, "corpus");
    }
  }

  /** Scores of the trained model on each development set. */
  public record Result(NerScore dpgDev, NerScore europeanaDev, int features, int trainDocs, int trainMentions,
      int misaligned, Duration elapsed, String description) {}

  private NerTraining() {}

  /** Trains, writes the model to {@code out} and returns the development scores. */
  public static Result train(Options o, Path out, PrintWriter log) throws IOException {
    Instant started = Instant.now();
    Lexicon lexicon = Lexicon.fromBundledLists();
    WordClusters clusters = WordClusters.NONE;
    if (o.clusters() != null) {
      try (InputStream in = Files.newInputStream(o.clusters())) {
        clusters = WordClusters.read(in);
      }
      log.printf("word clusters: %d words, %d granularities%n", clusters.size(), clusters.levels());
    }
    WordInfo.Cache words = new WordInfo.Cache(lexicon, clusters);
    List<StandoffCorpus.Doc> docs = StandoffCorpus.read(o.annotations(), o.corpus());
    List<PerceptronTrainer.Example> train = new ArrayList<>();
    List<StandoffCorpus.Doc> dev = new ArrayList<>();
    int trainMentions = 0;
    int misaligned = 0;
    for (StandoffCorpus.Doc d : docs) {
      misaligned += d.misaligned();
      if (d.split().equals("dev")) {
        dev.add(d);
      } else {
        train.add(new PerceptronTrainer.Example(new NerDocument(d.words(), words), d.tags().toArray(new int[0][]),
            1.0, false));
        trainMentions += d.mentions();
      }
    }
    log.printf("DPG annotations: %d train documents (%d mentions), %d dev documents; %d spans not on token "
        + "boundaries%n", train.size(), trainMentions, dev.size(), misaligned);
    if (o.written() != null) {
      List<StandoffCorpus.Doc> written = InlineCorpus.read(o.written());
      int mentions = 0;
      for (StandoffCorpus.Doc d : written) {
        train.add(new PerceptronTrainer.Example(new NerDocument(d.words(), words), d.tags().toArray(new int[0][]),
            1.0, false));
        mentions += d.mentions();
        misaligned += d.misaligned();
      }
      log.printf("Written supplement: %d documents (%d mentions)%n", written.size(), mentions);
    }
    if (o.europeanaTrain() != null) {
      List<ConllDocument> europeana = readConll(o.europeanaTrain(), 40);
      for (ConllDocument c : europeana) {
        train.add(new PerceptronTrainer.Example(new NerDocument(c.words(), words), goldIds(c), o.europeanaWeight(),
            true));
      }
      log.printf("Europeana train: %d pseudo-documents of 40 sentences (weight %.2f, MISC unlabelled)%n",
          europeana.size(), o.europeanaWeight());
    }
    List<NerDocument> devDocs = new ArrayList<>();
    List<int[][]> devGold = new ArrayList<>();
    for (StandoffCorpus.Doc d : dev) {
      devDocs.add(new NerDocument(d.words(), words));
      devGold.add(d.tags().toArray(new int[0][]));
    }
    String description = "Kroniek NER perceptron, trained " + LocalDate.now() + " on " + train.size()
        + " documents (DpgMedia2019 annotations" + (o.written() != null ? " + written supplement" : "")
        + (o.europeanaTrain() != null ? " + Europeana" : "") + ")";
    PerceptronTrainer trainer = new PerceptronTrainer(o.epochs(), o.minCount(), o.seed(), o.runs());
    NerModel model = trainer.train(train, m -> {
      NerScore score = score(new NamedEntityRecognizer(m), devDocs, devGold);
      log.printf("  dev F1 %.4f  (P %.4f R %.4f)%n", score.f1(null), score.precision(null), score.recall(null));
      log.flush();
      return score.f1(null);
    }, description, epoch -> log.printf("epoch %d done%n", epoch), clusters, lexicon);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.write(os);
    }
    NamedEntityRecognizer ner = new NamedEntityRecognizer(model);
    NerScore dpgDev = score(ner, devDocs, devGold);
    NerScore europeanaDev = null;
    if (o.europeanaDev() != null) {
      europeanaDev = evaluate(ner, readConll(o.europeanaDev(), 40));
    }
    return new Result(dpgDev, europeanaDev, model.featureCount(), train.size(), trainMentions, misaligned,
        Duration.between(started, Instant.now()), model.description());
  }

  /**
   * Learns word classes from every text given: JSON Lines files (fields {@code text} and {@code title},
   * tokenised here), CoNLL-U treebanks ({@code .conllu}, word forms) and CoNLL files (first column).
   */
  public static void learnClusters(List<Path> sources, int[] sizes, int minCount, int iterations, Path out,
      PrintWriter log) throws IOException {
    List<String[]> sentences = new ArrayList<>();
    nl.kroniek.nlp.token.Tokenizer tokenizer = new nl.kroniek.nlp.token.Tokenizer();
    nl.kroniek.nlp.token.SentenceSplitter splitter = new nl.kroniek.nlp.token.SentenceSplitter();
    for (Path source : sources) {
      int before = sentences.size();
      String name = source.getFileName().toString();
      if (name.contains(".jsonl")) {
        for (String text : jsonTexts(source)) {
          List<nl.kroniek.nlp.token.Token> tokens = tokenizer.tokenize(text);
          for (nl.kroniek.nlp.token.Sentence s : splitter.split(tokens)) {
            String[] w = new String[s.tokenCount()];
            for (int i = 0; i < w.length; i++) {
              w[i] = tokens.get(s.tokenStart() + i).text().toLowerCase(java.util.Locale.ROOT);
            }
            sentences.add(w);
          }
        }
      } else if (name.contains(".conllu")) {
        for (List<String> s : conlluSentences(source)) {
          sentences.add(s.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new));
        }
      } else {
        for (ConllDocument d : readConll(source, 0)) {
          for (List<String> s : d.words()) {
            sentences.add(s.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new));
          }
        }
      }
      log.printf("%s: %d sentences%n", source, sentences.size() - before);
    }
    log.flush();
    WordClusters clusters = WordClusters.learn(sentences, sizes, minCount, iterations,
        level -> log.printf("  %d classes done%n", sizes[level]));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      clusters.write(os);
    }
    log.printf("%d words with classes written to %s%n", clusters.size(), out);
  }

  private static List<String> jsonTexts(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        java.io.BufferedReader r = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try (com.fasterxml.jackson.core.JsonParser p = json.createParser(line)) {
          p.nextToken();
          while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ((field.equals("text") || field.equals("title")) && p.currentToken().isScalarValue()) {
              String v = p.getValueAsString();
              if (v != null && !v.isBlank()) {
                texts.add(v);
              }
            } else {
              p.skipChildren();
            }
          }
        }
      }
    }
    return texts;
  }

  private static List<List<String>> conlluSentences(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        java.io.BufferedReader r = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          if (!current.isEmpty()) {
            out.add(current);
            current = new ArrayList<>();
          }
        } else if (!line.startsWith("#")) {
          String[] cols = line.split("\t");
          if (cols.length > 1 && cols[0].chars().allMatch(Character::isDigit)) {
            current.add(cols[1]);
          }
        }
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Scores a recogniser on CoNLL documents with gold tags in the last column. */
  public static NerScore evaluate(NamedEntityRecognizer ner, List<ConllDocument> docs) {
    NerScore score = new NerScore();
    for (ConllDocument d : docs) {
      int[][] predicted = ner.tagIds(d.words());
      int[][] gold = goldIds(d);
      for (int s = 0; s < gold.length; s++) {
        score.add(gold[s], predicted[s]);
      }
    }
    return score;
  }

  /** Scores the DPG development split with a given recogniser. */
  public static NerScore evaluateDpgDev(NamedEntityRecognizer ner, Path annotations, Path corpus) throws IOException {
    NerScore score = new NerScore();
    for (StandoffCorpus.Doc d : StandoffCorpus.read(annotations, corpus)) {
      if (d.split().equals("dev")) {
        int[][] predicted = ner.tagIds(d.words());
        for (int s = 0; s < predicted.length; s++) {
          score.add(d.tags().get(s), predicted[s]);
        }
      }
    }
    return score;
  }

  private static NerScore score(NamedEntityRecognizer ner, List<NerDocument> docs, List<int[][]> gold) {
    NerScore score = new NerScore();
    for (int i = 0; i < docs.size(); i++) {
      NerDocument d = docs.get(i);
      List<List<String>> words = new ArrayList<>();
      for (String[] s : d.words) {
        words.add(List.of(s));
      }
      int[][] predicted = ner.tagIds(words);
      for (int s = 0; s < predicted.length; s++) {
        score.add(gold.get(i)[s], predicted[s]);
      }
    }
    return score;
  }

  static int[][] goldIds(ConllDocument d) {
    List<List<String>> tags = d.goldTags();
    int[][] out = new int[tags.size()][];
    for (int s = 0; s < tags.size(); s++) {
      int[] t = new int[tags.get(s).size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = Tags.parse(tags.get(s).get(i));
      }
      out[s] = Spans.tags(Spans.of(t), t.length); // orphan I- tags become B-
    }
    return out;
  }

  /**
   * Reads a CoNLL file (gzip when it ends in .gz). Files without -DOCSTART- lines are cut into
   * pseudo-documents of {@code sentencesPerDoc} sentences, so that document-level features see a
   * newspaper-page-sized context.
   */
  public static List<ConllDocument> readConll(Path file, int sentencesPerDoc) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      ConllDocument.read(r, docs::add);
    }
    boolean marked = docs.stream().anyMatch(d -> !d.lines().isEmpty() && ConllDocument.isDocStart(d.lines().get(0)));
    if (marked || sentencesPerDoc <= 0) {
      return docs;
    }
    List<ConllDocument> chunks = new ArrayList<>();
    for (ConllDocument whole : docs) {
      for (int from = 0; from < whole.sentences().size(); from += sentencesPerDoc) {
        chunks.add(new ConllDocument(whole.lines(),
            whole.sentences().subList(from, Math.min(whole.sentences().size(), from + sentencesPerDoc))));
      }
    }
    return chunks;
  }
}
