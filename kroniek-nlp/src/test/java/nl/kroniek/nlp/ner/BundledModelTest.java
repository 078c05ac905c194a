package nl.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.Tokenizer;
import org.junit.jupiter.api.Test;
import nl.kroniek.nlp.Seeds;

/** The bundled model on the seed articles and on hostile input. */
class BundledModelTest {

  private static final NamedEntityRecognizer NER = NamedEntityRecognizer.bundled();

  private static List<Entity> entities(String text) {
    List<Token> tokens = new Tokenizer().tokenize(text);
    List<Sentence> sentences = new SentenceSplitter().split(tokens);
    return NER.find(text, tokens, sentences);
  }

  private static String seed(String name) throws Exception {
    return Seeds.raw(name).replaceFirst("^\\s*date\\s+\\S+\\s*", "");
  }

  @Test
  void findsTheNamesOfTheSeedArticles() throws Exception {
    List<Entity> found = new ArrayList<>(entities(seed("000_4469d13e565ce0d2.txt")));
    found.addAll(entities(seed("004_e33e5ef2df753ae3.txt")));
    assertThat(found).anySatisfy(e -> assertThat(e.text() + "/" + e.type()).isEqualTo("Ryan Dillon/PER"));
    assertThat(found).anySatisfy(e -> assertThat(e.text() + "/" + e.type()).isEqualTo("Abu Saad/PER"));
    for (String loc : List.of("Raqqa", "Syrië", "Turkije", "Idlib", "Saoedi-Arabië", "Irak", "Europa")) {
      assertThat(found).as(loc).anySatisfy(e -> assertThat(e.text() + "/" + e.type()).isEqualTo(loc + "/LOC"));
    }
    for (String org : List.of("BBC", "The Guardian", "al-Nusra")) {
      assertThat(found).as(org).anySatisfy(e -> assertThat(e.text() + "/" + e.type()).isEqualTo(org + "/ORG"));
    }
    for (String word : List.of("Hen", "Maar", "Naarmate", "Volgens", "Velen", "Toch")) {
      assertThat(found).as(word).noneSatisfy(e -> assertThat(e.text()).startsWith(word + " ").isNotEqualTo(word));
      assertThat(found).as(word).noneMatch(e -> e.text().equals(word) || e.text().startsWith(word + " "));
    }
    Entity dillon = found.stream().filter(e -> e.text().equals("Ryan Dillon")).findFirst().orElseThrow();
    assertThat(dillon.canonical()).isEqualTo("Ryan Dillon");
  }

  @Test
  void offsetsPointAtTheMentions() {
    String text = "Premier Mark Rutte sprak dinsdag in Den Haag met de Franse president. Rutte zei dat hij blij was.";
    List<Entity> found = entities(text);
    assertThat(found).isNotEmpty();
    for (Entity e : found) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    assertThat(found).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("Rutte");
      assertThat(e.canonical()).isEqualTo("Mark Rutte");
    });
    assertThat(found).anySatisfy(e -> assertThat(e.text() + "/" + e.type()).isEqualTo("Den Haag/LOC"));
    assertThat(found).anySatisfy(e -> assertThat(e.text() + "/" + e.type()).isEqualTo("Franse/MISC"));
  }

  @Test
  void oddInputGetsOneTagPerWord() {
    Random random = new Random(11);
    List<List<String>> sentences = new ArrayList<>();
    sentences.add(Collections.nCopies(10_000, "woord"));
    sentences.add(List.of("Москва", "北京", "القاهرة", "\u0001", "\u200b", "😀", "ÉÉN"));
    List<String> noise = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        sb.append((char) (0x21 + random.nextInt(0x3000)));
      }
      noise.add(sb.toString());
    }
    sentences.add(noise);
    sentences.add(List.of());
    List<List<String>> tags = NER.tag(sentences);
    assertThat(tags).hasSize(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      assertThat(tags.get(s)).hasSize(sentences.get(s).size());
      assertThat(tags.get(s)).allMatch(t -> t.equals("O") || t.matches("[BI]-(PER|ORG|LOC|MISC)"));
    }
  }

  @Test
  void describesItself() {
    assertThat(NER.version()).contains("Kroniek NER");
  }

  @Test
  void typesAreTheConllTypes() {
    assertThat(EntityType.values()).extracting(Enum::name).containsExactly("PER", "ORG", "LOC", "MISC");
  }
}
