package nl.kroniek.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dutch and Belgian first names with how common they are: the Meertens top-100 names 1880–2014 (NL) and
 * the names of newborns in Belgium 1995–2018 (both MIT, compiled by Josha91/DutchFirstNames). A feature for
 * the named-entity recogniser, and a hint for speaker names. Immutable and thread-safe.
 */
public final class FirstNames {

  private static final class Holder {
    static final FirstNames INSTANCE = load();
  }

  private final Map<String, Long> births;

  private FirstNames(Map<String, Long> births) {
    this.births = births;
  }

  public static FirstNames get() {
    return Holder.INSTANCE;
  }

  /** True when the name (any case) is a known first name. */
  public boolean contains(String name) {
    return name != null && births.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** How many bearers the lists count (a popularity measure, not a census); 0 when unknown. */
  public long frequency(String name) {
    return name == null ? 0 : births.getOrDefault(name.toLowerCase(Locale.ROOT), 0L);
  }

  /** Calls {@code action} with every name (lower case) and its frequency. */
  public void forEach(java.util.function.ObjLongConsumer<String> action) {
    births.forEach((name, n) -> action.accept(name, n));
  }

  public int size() {
    return births.size();
  }

  private static FirstNames load() {
    Map<String, Long> births = new HashMap<>();
    for (String resource : new String[] {"first-names-nl.tsv", "first-names-be.tsv"}) {
      InputStream in = FirstNames.class.getResourceAsStream(resource);
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing bundled resource " + resource));
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line = r.readLine(); // header: name, gender, births_male, births_female
        while ((line = r.readLine()) != null) {
          String[] f = line.split("\t", -1);
          if (f.length < 4 || f[0].isBlank()) {
            continue;
          }
          long n = parse(f[2]) + parse(f[3]);
          births.merge(f[0].strip().toLowerCase(Locale.ROOT), n, Long::sum);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return new FirstNames(Map.copyOf(births));
  }

  private static long parse(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
