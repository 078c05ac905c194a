package nl.kroniek.cli;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kroniek.nlp.ner.ConllDocument;
import nl.kroniek.nlp.ner.NamedEntityRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Tags pre-tokenised text with named entities (IOB2: B-PER, I-LOC, ..., O).",
        "Input: CoNLL-style, one token per line (first column; further columns ignored), blank lines between",
        "sentences, -DOCSTART- lines between documents. Output: exactly one line per input line: TOKEN<TAB>TAG",
        "for token lines; blank and -DOCSTART- lines echoed."})
final class TagCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Input file, or - for standard input.")
  String input;

  @Option(names = "--model", paramLabel = "FILE", description = "A model file from 'kroniek train ner' (default: the bundled model).")
  Path model;

  @Override
  public Integer call() throws Exception {
    NamedEntityRecognizer ner = model == null ? NamedEntityRecognizer.bundled() : NamedEntityRecognizer.load(model);
    PrintWriter out = spec.commandLine().getOut();
    try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
      ConllDocument.read(new InputStreamReader(in, StandardCharsets.UTF_8), doc -> write(out, doc, ner));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static void write(PrintWriter out, ConllDocument doc, NamedEntityRecognizer ner) {
    List<List<String>> tags = ner.tag(doc.words());
    String[] lineTags = new String[doc.lines().size()];
    for (int s = 0; s < doc.sentences().size(); s++) {
      int[] lines = doc.sentences().get(s);
      for (int i = 0; i < lines.length; i++) {
        lineTags[lines[i]] = tags.get(s).get(i);
      }
    }
    List<String> words = doc.words().stream().flatMap(List::stream).toList();
    int w = 0;
    for (int i = 0; i < lineTags.length; i++) {
      if (lineTags[i] == null) {
        out.print(doc.lines().get(i));
      } else {
        out.print(words.get(w++));
        out.print('\t');
        out.print(lineTags[i]);
      }
      out.print('\n');
    }
  }
}
