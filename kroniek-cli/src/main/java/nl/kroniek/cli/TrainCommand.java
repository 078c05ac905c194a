package nl.kroniek.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.kroniek.nlp.ner.NerScore;
import nl.kroniek.nlp.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains a model from the annotated corpora (developer command; see docs/models/).",
    subcommands = {TrainCommand.Ner.class, TrainCommand.Clusters.class})
final class TrainCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Trains the named-entity recogniser and reports its scores on the development sets.",
          "Defaults reproduce the bundled model (docs/models/ner.md)."})
  static final class Ner implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--annotations", paramLabel = "DIR", description = "Stand-off annotations (default: data/annotations/ner/dpg2019).")
    Path annotations;

    @Option(names = "--corpus", paramLabel = "FILE", description = "The DpgMedia2019 JSON Lines with the texts (default: ../shared/data/news-nl/dpgmedia2019-articles.jsonl.gz).")
    Path corpus;

    @Option(names = "--clusters", paramLabel = "FILE", description = "Word classes from 'train clusters' (default: learn them first from the developer corpora; 'none' for a model without them).")
    String clusters;

    @Option(names = "--written", paramLabel = "DIR", description = "Training text written for Kroniek, inline marks (default: data/annotations/ner/written; 'none' to leave it out).")
    String written;

    @Option(names = "--europeana", paramLabel = "FILE", description = "Europeana CoNLL train file (default: ../shared/data/europeana-ner-nl/enp_NL.kb.train.conll.gz; 'none' to leave it out).")
    String europeana;

    @Option(names = "--europeana-weight", paramLabel = "W", defaultValue = "0.2", description = "Weight of a Europeana example (default: ${DEFAULT-VALUE}).")
    double europeanaWeight;

    @Option(names = "--epochs", defaultValue = "12", description = "Training passes (default: ${DEFAULT-VALUE}); the best on DPG dev is kept.")
    int epochs;

    @Option(names = "--min-count", defaultValue = "2", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--seed", defaultValue = "20171101", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "3", description = "Training runs with consecutive seeds, weights averaged (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: the bundled model's place in kroniek-nlp/src/main/resources).")
    Path out;

    @Override
    public Integer call() throws Exception {
      PrintWriter log = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      Path shared = Home.sharedData();
      Path ann = annotations != null ? annotations : Home.repo().resolve("data/annotations/ner/dpg2019");
      Path texts = corpus != null ? corpus : shared.resolve("news-nl/dpgmedia2019-articles.jsonl.gz");
      Path euTrain = europeana != null ? (europeana.equals("none") ? null : Path.of(europeana))
          : shared.resolve("europeana-ner-nl/enp_NL.kb.train.conll.gz");
      Path euDev = euTrain == null ? null : euTrain.resolveSibling(euTrain.getFileName().toString().replace("train", "dev"));
      Path target = this.out != null ? this.out
          : Home.repo().resolve("kroniek-nlp/src/main/resources/nl/kroniek/nlp/ner/ner-model.bin.gz");
      for (Path p : new Path[] {ann, texts}) {
        if (!Files.exists(p)) {
          throw new java.nio.file.NoSuchFileException(p + " (the training corpora are developer data; see docs/models/ner.md)");
        }
      }
      Path clusterFile = null;
      if (clusters == null) {
        clusterFile = java.nio.file.Files.createTempFile("kroniek-clusters", ".bin.gz");
        NerTraining.learnClusters(Clusters.defaultSources(), Clusters.SIZES, Clusters.MIN_COUNT, Clusters.ITERATIONS,
            clusterFile, log);
      } else if (!clusters.equals("none")) {
        clusterFile = Path.of(clusters);
      }
      Path writtenDir = written != null ? (written.equals("none") ? null : Path.of(written))
          : Home.repo().resolve("data/annotations/ner/written");
      NerTraining.Result r = NerTraining.train(new NerTraining.Options(ann, texts, clusterFile,
          writtenDir != null && Files.isDirectory(writtenDir) ? writtenDir : null,
          euTrain != null && Files.exists(euTrain) ? euTrain : null, euDev != null && Files.exists(euDev) ? euDev : null,
          europeanaWeight, epochs, minCount, seed, runs), target, log);
      out.printf(Locale.ROOT, "model: %s%n%s%nfeatures: %d, training documents: %d (%d DPG mentions), %.0f s%n",
          target, r.description(), r.features(), r.trainDocs(), r.trainMentions(), r.elapsed().toMillis() / 1000.0);
      out.println("\nDPG 2019 development split (never trained on):");
      out.print(r.dpgDev().report());
      if (r.europeanaDev() != null) {
        out.println("\nEuropeana dev (19th-century OCR, no MISC in the gold; MISC predictions count as errors):");
        out.print(r.europeanaDev().report());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "clusters", mixinStandardHelpOptions = true,
      description = {"Learns word classes from unlabelled text (features of the named-entity recogniser).",
          "Default sources: the developer corpora in ../shared/data (news, treebanks, Europeana)."})
  static final class Clusters implements Callable<Integer> {
    static final int[] SIZES = {64, 256, 1024};
    static final int MIN_COUNT = 3;
    static final int ITERATIONS = 12;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the classes.")
    Path out;

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "SOURCE", description = "JSON Lines, .conllu or CoNLL files (default: the developer corpora).")
    java.util.List<Path> sources = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
      NerTraining.learnClusters(sources.isEmpty() ? defaultSources() : sources, SIZES, MIN_COUNT, ITERATIONS, out,
          spec.commandLine().getErr());
      return ExitCodes.OK;
    }

    /** Every developer corpus with Dutch text that is present. */
    static java.util.List<Path> defaultSources() throws java.io.IOException {
      Path shared = Home.sharedData();
      java.util.List<Path> all = new java.util.ArrayList<>();
      for (String f : new String[] {"news-nl/dpgmedia2019-articles.jsonl.gz", "news-nl/ecosent2015-headlines.jsonl.gz",
          "europeana-ner-nl/enp_NL.kb.train.conll.gz"}) {
        if (Files.exists(shared.resolve(f))) {
          all.add(shared.resolve(f));
        }
      }
      // UD Alpino dev/test are held out (Kroniek's NER dev/test sets): their text is not used here either.
      for (String dir : new String[] {"ud-dutch/current", "ud-dutch/lassysmall-r1.4"}) {
        if (Files.isDirectory(shared.resolve(dir))) {
          try (java.util.stream.Stream<Path> list = Files.list(shared.resolve(dir))) {
            list.filter(p -> p.toString().endsWith(".conllu.gz") && !p.getFileName().toString().startsWith("nl_alpino"))
                .sorted().forEach(all::add);
          }
        }
      }
      if (all.isEmpty()) {
        throw new java.nio.file.NoSuchFileException(shared + " (developer corpora; see docs/models/ner.md)");
      }
      return all;
    }
  }
}
