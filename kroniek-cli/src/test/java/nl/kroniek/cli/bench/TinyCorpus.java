package nl.kroniek.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes small made-up Dutch news corpora for the bench tests (no real article text). */
final class TinyCorpus {

  private static final List<String> SENTENCES = List.of(
      "De minister sprak in de Tweede Kamer over de brexit.",
      "Volgens de veiligheidsdiensten is de dreiging vorige week toegenomen.",
      "Tusk en May spraken over een Brexit deal in Brussel.",
      "De politie in Amsterdam zocht naar familieleden van de verdachte.",
      "Rutte en Baudet debatteerden over het klimaat en de verkiezingen.",
      "De zorgverzekeraars en de gemeente overlegden over de thuiszorg.",
      "Corbyn stemde tegen het voorstel van de regering.",
      "Het familiebedrijf opende een nieuwe winkel in Utrecht.",
      "Farage hield een toespraak voor zijn aanhangers.");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TinyCorpus() {}

  /** {@code n} articles of 3 to 8 sentences each, dated in February to April 2019; article 0 mentions Tusk. */
  static Path write(Path file, int n, long seed) throws IOException {
    Random random = new Random(seed);
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        StringBuilder text = new StringBuilder(i == 0 ? SENTENCES.get(2) : "");
        int sentences = 3 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
          text.append(text.isEmpty() ? "" : " ").append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        text.append(" Bericht ").append(i).append('.'); // keeps every text distinct
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "tiny-" + i);
        record.put("title", "Bericht " + i);
        record.put("text", text.toString());
        record.put("published_at", String.format("2019-%02d-%02d", 2 + i % 3, 1 + i % 28));
        record.put("source", i % 2 == 0 ? "de Volkskrant" : "Trouw");
        w.write(MAPPER.writeValueAsString(record));
        w.write('\n');
      }
    }
    return file;
  }

  /** Counts the articles of the tiny corpus whose text contains {@code word}, as written. */
  static long containing(Path file, String word) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(l -> l.contains(word)).count();
    }
  }
}
