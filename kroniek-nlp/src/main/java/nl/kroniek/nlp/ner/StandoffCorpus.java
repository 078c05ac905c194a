package nl.kroniek.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.Tokenizer;

/**
 * Kroniek's own named-entity annotations of the DpgMedia2019 articles, kept stand-off: lines
 * {@code doc_id start end TYPE} with offsets into the article text, and {@code # doc <id> sha256=<hex16>
 * split=<train|dev>} headers (docs/annotation/ner-guidelines.md). The article texts come from the
 * developer's copy of the corpus (a JSON Lines file with fields {@code id} and {@code text}); they are never
 * stored with the annotations.
 */
final class StandoffCorpus {

  /** One annotated article, tokenised and tagged. */
  record Doc(String id, String split, List<List<String>> words, List<int[]> tags, int mentions, int misaligned) {}

  private StandoffCorpus() {}

  /** Reads every {@code *.tsv} in {@code annotations} and joins them with the texts in {@code corpus}. */
  static List<Doc> read(Path annotations, Path corpus) throws IOException {
    Map<String, String> texts = texts(corpus);
    Map<String, String[]> headers = new LinkedHashMap<>();
    Map<String, List<int[]>> spans = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(annotations)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("# doc ")) {
          String[] f = line.substring(6).split(" ");
          String sha = f.length > 1 ? f[1].replace("sha256=", "") : "";
          String split = f.length > 2 ? f[2].replace("split=", "") : "train";
          headers.put(f[0], new String[] {sha, split});
          spans.computeIfAbsent(f[0], k -> new ArrayList<>());
        } else if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          EntityType type = EntityType.valueOf(f[3]);
          spans.computeIfAbsent(f[0], k -> new ArrayList<>())
              .add(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), type.ordinal()});
        }
      }
    }
    Tokenizer tokenizer = new Tokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    List<Doc> docs = new ArrayList<>();
    for (Map.Entry<String, String[]> h : headers.entrySet()) {
      String id = h.getKey();
      String text = texts.get(id);
      if (text == null) {
        throw new IOException("annotated article " + id + " is not in " + corpus);
      }
      if (!sha16(text).equals(h.getValue()[0])) {
        throw new IOException("the text of " + id + " differs from the annotated one (sha256 mismatch)");
      }
      docs.add(tag(id, h.getValue()[1], text, spans.get(id), tokenizer, splitter));
    }
    return docs;
  }

  static Doc tag(String id, String split, String text, List<int[]> spans, Tokenizer tokenizer,
      SentenceSplitter splitter) {
    List<Token> tokens = tokenizer.tokenize(text);
    int[] tags = new int[tokens.size()];
    int misaligned = 0;
    for (int[] span : spans) {
      EntityType type = EntityType.values()[span[2]];
      boolean first = true;
      boolean any = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.end() <= span[0]) {
          continue;
        }
        if (t.start() >= span[1]) {
          break;
        }
        // A token that only partly overlaps the span (tokenisation differs from the annotation tool's)
        // joins the entity when most of it lies inside.
        int overlap = Math.min(t.end(), span[1]) - Math.max(t.start(), span[0]);
        if (overlap * 2 < t.length()) {
          continue;
        }
        if (t.start() < span[0] || t.end() > span[1]) {
          misaligned++;
        }
        tags[i] = first ? Tags.begin(type) : Tags.inside(type);
        first = false;
        any = true;
      }
      if (!any) {
        misaligned++;
      }
    }
    List<List<String>> words = new ArrayList<>();
    List<int[]> sentenceTags = new ArrayList<>();
    for (Sentence s : splitter.split(tokens)) {
      List<String> w = new ArrayList<>(s.tokenCount());
      int[] t = new int[s.tokenCount()];
      for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
        w.add(tokens.get(i).text());
        t[i - s.tokenStart()] = tags[i];
      }
      // a sentence boundary inside an entity: the continuation starts a new entity
      if (t.length > 0 && Tags.isInside(t[0])) {
        t[0] = t[0] - 1;
      }
      words.add(w);
      sentenceTags.add(t);
    }
    return new Doc(id, split, words, sentenceTags, spans.size(), misaligned);
  }

  private static Map<String, String> texts(Path corpus) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
    try (InputStream raw = Files.newInputStream(corpus);
        InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String id = null;
        String text = null;
        try (com.fasterxml.jackson.core.JsonParser p = json.createParser(line)) {
          p.nextToken();
          while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("id")) {
              id = p.getValueAsString();
            } else if (field.equals("text")) {
              text = p.getValueAsString();
            } else {
              p.skipChildren();
            }
          }
        }
        if (id != null && text != null) {
          texts.put(id, text);
        }
      }
    }
    return texts;
  }

  static String sha16(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
