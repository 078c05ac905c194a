package nl.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Tokenizer;
import org.junit.jupiter.api.Test;

/** The parts of the recogniser that do not depend on the trained model. */
class NerMechanicsTest {

  @Test
  void viterbiNeverProducesAnInsideTagWithoutItsBeginning() {
    Random random = new Random(7);
    float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = (float) random.nextGaussian();
    }
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(30);
      float[] emissions = new float[n * Tags.COUNT];
      for (int i = 0; i < emissions.length; i++) {
        emissions[i] = (float) (random.nextGaussian() * 3);
      }
      int[] tags = NerModel.viterbi(emissions, n, transitions);
      assertThat(tags).hasSize(n);
      for (int i = 0; i < n; i++) {
        int previous = i == 0 ? Tags.O : tags[i - 1];
        assertThat(Tags.isInside(tags[i]) && !Tags.allowed(previous, tags[i])).as("tags %s", tags).isFalse();
      }
    }
  }

  @Test
  void viterbiFindsTheBestAllowedSequence() {
    // token 0 prefers B-PER, token 1 prefers I-PER: the path B-PER I-PER wins over anything with I-LOC
    float[] emissions = new float[2 * Tags.COUNT];
    emissions[Tags.begin(EntityType.PER)] = 5;
    emissions[Tags.COUNT + Tags.inside(EntityType.PER)] = 5;
    emissions[Tags.COUNT + Tags.inside(EntityType.LOC)] = 9; // not allowed after B-PER
    int[] tags = NerModel.viterbi(emissions, 2, new float[(Tags.COUNT + 1) * Tags.COUNT]);
    assertThat(tags).containsExactly(Tags.begin(EntityType.PER), Tags.inside(EntityType.PER));
  }

  @Test
  void spansAreReadLikeTheConllScorer() {
    int[] tags = {Tags.begin(EntityType.PER), Tags.inside(EntityType.PER), Tags.O, Tags.inside(EntityType.LOC),
        Tags.inside(EntityType.LOC), Tags.begin(EntityType.LOC), Tags.inside(EntityType.ORG)};
    assertThat(Spans.of(tags)).containsExactly(
        new Spans.Span(0, 2, EntityType.PER),
        new Spans.Span(3, 5, EntityType.LOC), // an orphan I- starts an entity
        new Spans.Span(5, 6, EntityType.LOC),
        new Spans.Span(6, 7, EntityType.ORG));
    assertThat(Spans.tags(Spans.of(tags), tags.length)[3]).isEqualTo(Tags.begin(EntityType.LOC));
  }

  @Test
  void scoresCountExactSpansOnly() {
    NerScore score = new NerScore();
    int per = Tags.begin(EntityType.PER);
    int perIn = Tags.inside(EntityType.PER);
    int loc = Tags.begin(EntityType.LOC);
    // gold: [Ryan Dillon] PER, [Raqqa] LOC; predicted: [Dillon] PER (wrong span), [Raqqa] LOC
    score.add(new int[] {per, perIn, Tags.O, loc}, new int[] {Tags.O, per, Tags.O, loc});
    assertThat(score.precision(null)).isEqualTo(0.5);
    assertThat(score.recall(null)).isEqualTo(0.5);
    assertThat(score.f1(EntityType.LOC)).isEqualTo(1.0);
    assertThat(score.f1(EntityType.PER)).isZero();
    assertThat(score.report()).contains("overall");
  }

  @Test
  void featureMapBehavesLikeAHashMap() {
    LongIntMap map = new LongIntMap(4);
    Map<Long, Integer> reference = new HashMap<>();
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      long key = random.nextLong();
      int value = random.nextInt(LongIntMap.MAX_VALUE + 1);
      map.put(key, value);
      reference.put(key, value);
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
    assertThat(map.get(random.nextLong())).isEqualTo(-1);
    assertThatThrownBy(() -> map.put(1L, -1)).isInstanceOf(IllegalArgumentException.class);
    LongIntMap copy = new LongIntMap(4);
    map.forEach(copy::putFingerprint);
    reference.forEach((k, v) -> assertThat(copy.get(k)).isEqualTo(v));
  }

  @Test
  void aTrainedModelSurvivesWritingAndReading() throws Exception {
    Lexicon lexicon = Lexicon.fromBundledLists();
    List<PerceptronTrainer.Example> examples = new ArrayList<>();
    String[] names = {"Jansen", "Pietersen", "De Vries", "Bakker", "Visser"};
    String[] cities = {"Utrecht", "Zwolle", "Leiden", "Gouda", "Breda"};
    for (int i = 0; i < 25; i++) {
      String name = names[i % names.length];
      String city = cities[(i * 3) % cities.length];
      List<String> words = new ArrayList<>(List.of("Gisteren", "zei", "meneer"));
      words.addAll(List.of(name.split(" ")));
      words.addAll(List.of("in", city, "dat", "het", "goed", "ging", "."));
      int[] gold = new int[words.size()];
      gold[3] = Tags.begin(EntityType.PER);
      int at = 4;
      if (name.contains(" ")) {
        gold[4] = Tags.inside(EntityType.PER);
        at = 5;
      }
      gold[at + 1] = Tags.begin(EntityType.LOC);
      examples.add(new PerceptronTrainer.Example(new NerDocument(List.of(words), lexicon), new int[][] {gold}, 1.0, false));
    }
    NerModel model = new PerceptronTrainer(5, 1, 1).train(examples, null, "test model", null, WordClusters.NONE,
        lexicon);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(back.description()).startsWith("test model");
    assertThat(back.featureCount()).isEqualTo(model.featureCount());
    NerDocument doc = new NerDocument(List.of(List.of("Gisteren", "zei", "meneer", "Jansen", "in", "Breda", "dat",
        "het", "goed", "ging", ".")), lexicon);
    assertThat(back.tag(doc)).isDeepEqualTo(model.tag(doc));
    assertThat(back.tag(doc)[0][3]).isEqualTo(Tags.begin(EntityType.PER));
    assertThat(back.tag(doc)[0][5]).isEqualTo(Tags.begin(EntityType.LOC));
  }

  @Test
  void partialLabelsAcceptMiscWhereTheDataSaysNothing() {
    float[] emissions = new float[3 * Tags.COUNT];
    emissions[Tags.begin(EntityType.MISC)] = 4; // the model believes token 0 is MISC
    emissions[Tags.COUNT + Tags.begin(EntityType.PER)] = 1;
    emissions[2 * Tags.COUNT + Tags.begin(EntityType.ORG)] = 3; // but the data says O here... and PER at 1
    int[] given = {Tags.O, Tags.begin(EntityType.PER), Tags.O};
    int[] gold = PerceptronTrainer.constrainedGold(emissions, 3, new float[(Tags.COUNT + 1) * Tags.COUNT], given);
    assertThat(gold).containsExactly(Tags.begin(EntityType.MISC), Tags.begin(EntityType.PER), Tags.O);
  }

  @Test
  void consolidationGivesShortMentionsTheirFullName() {
    List<Entity> mentions = List.of(
        new Entity("Ryan Dillon", EntityType.PER, null, 0, 11),
        new Entity("Dillon", EntityType.PER, null, 20, 26),
        new Entity("Dillon's", EntityType.PER, null, 30, 38),
        new Entity("The Guardian", EntityType.ORG, null, 40, 52),
        new Entity("Guardian", EntityType.ORG, null, 60, 68),
        new Entity("Anne Jansen", EntityType.PER, null, 70, 81),
        new Entity("Piet Jansen", EntityType.PER, null, 90, 101),
        new Entity("Jansen", EntityType.PER, null, 110, 116));
    List<Entity> out = EntityConsolidator.consolidate(mentions);
    assertThat(out).extracting(Entity::canonical).containsExactly("Ryan Dillon", "Ryan Dillon", "Ryan Dillon",
        "The Guardian", "The Guardian", "Anne Jansen", "Piet Jansen", "Jansen");
    assertThat(out).extracting(Entity::text).containsExactlyElementsOf(mentions.stream().map(Entity::text).toList());
  }

  @Test
  void conllLinesSplitOnNewlinesOnly() throws Exception {
    String input = "-DOCSTART- -X- O O\n\nDe\tO\nBBC\rX\tB-ORG\n\n\nzei\u2028iets\nniets";
    List<ConllDocument> docs = new ArrayList<>();
    ConllDocument.read(new StringReader(input), docs::add);
    int lines = docs.stream().mapToInt(d -> d.lines().size()).sum();
    assertThat(lines).isEqualTo(input.split("\n", -1).length);
    assertThat(docs.get(0).words()).as("first whitespace-separated column").containsExactly(List.of("De", "BBC"), List.of("zei", "niets"));
    assertThat(docs.get(0).goldTags().get(0)).containsExactly("O", "B-ORG");
  }

  @Test
  void inlineMarksBecomeGoldTags() {
    StandoffCorpus.Doc doc = InlineCorpus.parse("t", "Volgens de krant [ORG The Guardian] zei [PER Abu Saad] dat.",
        new Tokenizer(), new SentenceSplitter());
    assertThat(doc.words().get(0)).containsExactly("Volgens", "de", "krant", "The", "Guardian", "zei", "Abu", "Saad",
        "dat", ".");
    int[] tags = doc.tags().get(0);
    assertThat(tags[3]).isEqualTo(Tags.begin(EntityType.ORG));
    assertThat(tags[4]).isEqualTo(Tags.inside(EntityType.ORG));
    assertThat(tags[6]).isEqualTo(Tags.begin(EntityType.PER));
    assertThat(tags[0]).isEqualTo(Tags.O);
    assertThatThrownBy(() -> InlineCorpus.parse("t", "kapot [PER Jan", new Tokenizer(), new SentenceSplitter()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gazetteerFindsPlaceNamesWithAnArabicArticle() {
    Lexicon lexicon = Lexicon.fromBundledLists();
    byte[] tags = lexicon.gazetteerTags(new String[] {"Strijd", "rond", "Deir", "ez-Zor", "en", "Raqqa", "."});
    assertThat(tags[2]).isEqualTo(Lexicon.GAZ_BIG_CITY);
    assertThat(tags[3]).isEqualTo((byte) (Lexicon.GAZ_BIG_CITY | Lexicon.GAZ_INSIDE));
    assertThat(tags[4]).isEqualTo(Lexicon.GAZ_NONE);
    assertThat(tags[5]).isNotEqualTo(Lexicon.GAZ_NONE);
    assertThat(Lexicon.particleName("al-Nusra")).isTrue();
    assertThat(Lexicon.particleName("ex-minister")).isFalse();
    assertThat(Lexicon.particleName("anti-Amerikaans")).isFalse();
  }
}
