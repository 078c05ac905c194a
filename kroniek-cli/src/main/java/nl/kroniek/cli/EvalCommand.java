package nl.kroniek.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.kroniek.nlp.ner.ConllDocument;
import nl.kroniek.nlp.ner.NamedEntityRecognizer;
import nl.kroniek.nlp.ner.NerScore;
import nl.kroniek.nlp.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores Kroniek's extractors against gold data (docs/models/).",
    subcommands = {EvalCommand.Ner.class, EvalCommand.Facts.class})
final class EvalCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Scores the named-entity recogniser: precision, recall and F1 per type and overall",
          "(exact span match, as the CoNLL scorer), and tokens per second.",
          "--conll FILE: tokens in the first column, gold IOB tags in the last.",
          "--dpg-dev: Kroniek's own held-out annotations of the DPG 2019 articles (developer data)."})
  static final class Ner implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL file with gold tags in the last column (.gz allowed).")
    Path conll;

    @Option(names = "--dpg-dev", description = "Score on the DPG development split of data/annotations/ner/dpg2019.")
    boolean dpgDev;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the bundled model).")
    Path model;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (conll == null && !dpgDev) {
        throw new IllegalArgumentException("give --conll FILE or --dpg-dev");
      }
      long loadStart = System.nanoTime();
      NamedEntityRecognizer ner = model == null ? NamedEntityRecognizer.bundled() : NamedEntityRecognizer.load(model);
      out.printf(Locale.ROOT, "model: %s (loaded in %.1f s)%n", ner.version(), (System.nanoTime() - loadStart) / 1e9);
      if (conll != null) {
        List<ConllDocument> docs = NerTraining.readConll(conll, 0);
        long start = System.nanoTime();
        NerScore score = NerTraining.evaluate(ner, docs);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.print(score.report());
        out.printf(Locale.ROOT, "%,.0f tokens/s cold (%,d tokens in %.2f s, one thread, first pass: includes JIT warm-up)%n",
            score.tokens() / seconds, score.tokens(), seconds);
        // Steady state: tag the same documents again for about three seconds.
        long warmTokens = 0;
        long warmStart = System.nanoTime();
        do {
          for (ConllDocument d : docs) {
            warmTokens += ner.tag(d.words()).stream().mapToLong(List::size).sum();
          }
        } while (System.nanoTime() - warmStart < 3_000_000_000L);
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        out.printf(Locale.ROOT, "%,.0f tokens/s warm (%,d tokens in %.2f s, one thread, repeated passes)%n",
            warmTokens / warmSeconds, warmTokens, warmSeconds);
      }
      if (dpgDev) {
        NerScore score = NerTraining.evaluateDpgDev(ner, Home.repo().resolve("data/annotations/ner/dpg2019"),
            Home.sharedData().resolve("news-nl/dpgmedia2019-articles.jsonl.gz"));
        out.println("DPG 2019 development split:");
        out.print(score.report());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "facts", mixinStandardHelpOptions = true,
      description = {"Scores the fact extractors (quotes, sources, quantities, money, times, places) against the",
          "annotated gold set of DPG 2019 articles: precision, recall and F1 per extractor",
          "(matching rules: docs/annotation/facts-guidelines.md). Needs the developer corpus for the texts."})
  static final class Facts implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold file (default: data/annotations/facts/dpg2019-facts.jsonl).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "FILE", description = "The articles' texts (default: ../shared/data/news-nl/dpgmedia2019-articles.jsonl.gz).")
    Path corpus;

    @Option(names = "--misses", description = "Also list every missed and every wrong fact.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path goldFile = gold != null ? gold : Home.repo().resolve(nl.kroniek.nlp.eval.FactsGold.DPG2019_PATH);
      Path texts = corpus != null ? corpus : Home.sharedData().resolve("news-nl/dpgmedia2019-articles.jsonl.gz");
      if (!java.nio.file.Files.exists(texts)) {
        throw new java.nio.file.NoSuchFileException(texts + " (the gold set's texts are developer data)");
      }
      nl.kroniek.nlp.eval.FactsGold g = nl.kroniek.nlp.eval.FactsGold.read(goldFile);
      java.util.Map<String, String> byId = nl.kroniek.nlp.eval.ArticleTexts.read(texts, id -> g.article(id) != null);
      List<String> problems = g.verify(byId);
      if (!problems.isEmpty()) {
        throw new java.io.IOException("the gold set does not fit the texts: " + problems.get(0));
      }
      nl.kroniek.nlp.DutchPipeline pipeline = nl.kroniek.nlp.DutchPipeline.bundled();
      java.util.Map<String, nl.kroniek.model.fact.Facts> predicted = new java.util.LinkedHashMap<>();
      for (nl.kroniek.nlp.eval.GoldArticle a : g.articles()) {
        predicted.put(a.id(), pipeline.analyze(byId.get(a.id()), a.date()));
      }
      nl.kroniek.nlp.eval.FactsScore score = nl.kroniek.nlp.eval.FactsScorer.score(g.facts(), predicted);
      out.printf("%d articles of %s%n", g.size(), goldFile.getFileName());
      // A failing extractor costs only its own facts (by design), which would show here as low recall only.
      predicted.forEach((id, facts) -> facts.extractors().forEach((name, version) -> {
        if (version.contains("failed")) {
          out.printf("warning: %s on %s: %s%n", name, id, version);
        }
      }));
      out.print(score.report());
      if (misses) {
        for (nl.kroniek.nlp.eval.Miss m : score.misses()) {
          out.println("  " + m);
        }
      }
      return ExitCodes.OK;
    }
  }
}
