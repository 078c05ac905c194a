package nl.kroniek.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Place names with coordinates, for geocoding and as a named-entity feature. Built from the bundled
 * GeoNames extract (CC BY 4.0: "GeoNames, https://www.geonames.org/"), the Dutch country names of
 * {@code i18n-iso-countries} (MIT) and a few continents and regions written here.
 *
 * <p>Which names are kept: the GeoNames name and ASCII name of every place; the alternate names (exonyms
 * such as {@code Parijs}, {@code Keulen}, {@code Raqqa}) of places with at least {@value #ALTERNATES_MIN_POPULATION}
 * inhabitants and of every Dutch and Belgian place; only alternates that start with a capital letter
 * (GeoNames lists lower-case transliterations that are not how anyone writes a name in Dutch text). Country
 * coordinates are the population-weighted centre of the country's places in the extract.
 *
 * <p>Lookup keys are folded: lower case, diacritics removed, every run of other characters (hyphen,
 * apostrophe, space) as one space, so {@code Saoedi-Arabië}, {@code saoedi arabie} and
 * {@code 'Saoedi Arabië'} are one key. Immutable and thread-safe; {@link #get()} loads it once (about a
 * second, ~30 MB).
 */
public final class Gazetteer {

  static final long ALTERNATES_MIN_POPULATION = 15_000;

  /** What kind of place an entry is. */
  public enum Kind { CONTINENT, COUNTRY, REGION, CAPITAL, ADMIN_SEAT, CITY }

  /**
   * One place.
   *
   * @param id GeoNames id; for countries the negative ISO numeric code; 0 for continents and regions
   *     (coordinates of countries and regions: population-weighted centre of their places)
   * @param name the gazetteer's own name ({@code Ar Raqqah}, {@code Syrië})
   * @param country ISO 3166-1 alpha-2 code, or null for a continent
   * @param population inhabitants (for countries: the sum over the extract's places), 0 when unknown
   */
  public record Entry(long id, String name, String country, double lat, double lon, long population, Kind kind) {}

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  /** Written here (approximate centres); GeoNames' populated places do not cover them. */
  private static final Object[][] REGIONS = {
      {"Europa", 54.5, 15.3}, {"Azië", 34.0, 100.6}, {"Afrika", 8.8, 34.5}, {"Noord-Amerika", 54.5, -105.3},
      {"Zuid-Amerika", -8.8, -55.5}, {"Latijns-Amerika", -4.4, -61.3}, {"Oceanië", -22.7, 140.0},
      {"Antarctica", -82.9, 135.0}, {"Midden-Oosten", 29.3, 42.6}, {"Noord-Afrika", 26.0, 13.0},
      {"Scandinavië", 64.0, 16.0}, {"Balkan", 43.0, 21.0}, {"Kaukasus", 42.0, 45.0},
  };

  /**
   * Dutch names the country list lacks (common spellings next to the official ones), and the Dutch names
   * of Dutch provinces and Belgian regions (GeoNames' admin1 list has English names), written here.
   */
  private static final String[][] EXTRA_COUNTRY_NAMES = {
      {"Saoedi-Arabië", "SA"}, {"Amerika", "US"}, {"VS", "US"}, {"Verenigde Staten van Amerika", "US"},
      {"Groot-Brittannië", "GB"}, {"Engeland", "GB"}, {"Brittannië", "GB"}, {"Holland", "NL"},
      {"Wit-Rusland", "BY"}, {"Tsjechië", "CZ"}, {"Zuid-Korea", "KR"}, {"Noord-Korea", "KP"},
      {"Ivoorkust", "CI"}, {"Birma", "MM"}, {"Macedonië", "MK"}, {"Congo", "CD"}, {"Palestina", "PS"},
      {"Moldavië", "MD"}, {"Kirgizië", "KG"}, {"Oekraïne", "UA"}, {"Rusland", "RU"}, {"China", "CN"},
  };

  private static final String[][] DUTCH_REGION_NAMES = {
      {"NL.06", "Noord-Brabant"}, {"NL.06", "Brabant"}, {"NL.07", "Noord-Holland"}, {"NL.11", "Zuid-Holland"},
      {"NL.02", "Fryslân"}, {"BE.VLG", "Vlaanderen"}, {"BE.WAL", "Wallonië"}, {"BE.BRU", "Brussels Hoofdstedelijk Gewest"},
  };

  private final Map<String, List<Entry>> byKey;
  private final Map<String, Entry> countries;

  private Gazetteer(Map<String, List<Entry>> byKey, Map<String, Entry> countries) {
    this.byKey = byKey;
    this.countries = countries;
  }

  /** The bundled gazetteer, loaded on first use and shared. */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /**
   * Places with this name, best candidate first (see {@link #score}). Empty when unknown.
   */
  public List<Entry> lookup(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    return byKey.getOrDefault(key(name), List.of());
  }

  /** The country with this ISO alpha-2 code, or null. */
  public Entry country(String iso2) {
    return iso2 == null ? null : countries.get(iso2);
  }

  /** Number of distinct lookup keys. */
  public int size() {
    return byKey.size();
  }

  /** The folded form used for lookups. */
  public static String key(String name) {
    // Most names are plain ASCII: skip the (comparatively slow) Unicode decomposition for them.
    String nfd = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(nfd.length());
    boolean gap = false;
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        gap = false;
        sb.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Gazetteer load() {
    try {
      Map<String, List<Entry>> byKey = new HashMap<>(1 << 18);
      Map<String, double[]> centre = new HashMap<>(); // country or admin1 -> {sum w*lat, sum w*lon, sum w, population}
      try (BufferedReader r = reader("geonames-places.tsv.gz", true)) {
        String line = r.readLine(); // header
        while ((line = r.readLine()) != null) {
          String[] f = line.split("\t", -1);
          if (f.length < 11) {
            continue;
          }
          long pop = parseLong(f[8]);
          double lat = Double.parseDouble(f[6]);
          double lon = Double.parseDouble(f[7]);
          String cc = f[3];
          Kind kind = switch (f[5]) {
            case "PPLC" -> Kind.CAPITAL;
            case "PPLA" -> Kind.ADMIN_SEAT;
            default -> Kind.CITY;
          };
          Entry e = new Entry(Long.parseLong(f[0]), f[1], cc, lat, lon, pop, kind);
          put(byKey, f[1], e);
          put(byKey, f[2], e);
          if (pop >= ALTERNATES_MIN_POPULATION || cc.equals("NL") || cc.equals("BE")) {
            for (String alt : f[10].split("\\|")) {
              if (!alt.isEmpty() && Character.isUpperCase(alt.codePointAt(0))) {
                put(byKey, alt, e);
              }
            }
          }
          addToCentre(centre, cc, lat, lon, pop);
          addToCentre(centre, cc + "." + f[4], lat, lon, pop);
        }
      }
      Map<String, Entry> countries = new HashMap<>();
      try (BufferedReader r = reader("countries-nl.tsv", false)) {
        String line = r.readLine();
        while ((line = r.readLine()) != null) {
          String[] f = line.split("\t", -1);
          if (f.length < 6) {
            continue;
          }
          double[] c = centre.get(f[0]);
          if (c == null || c[2] == 0) {
            continue; // no places in the extract: no coordinates to give
          }
          Entry e = new Entry(-parseLong(f[2]), f[3], f[0], c[0] / c[2], c[1] / c[2], (long) c[3], Kind.COUNTRY);
          countries.put(f[0], e);
          put(byKey, f[3], e);
          for (String alt : f[4].split("\\|")) {
            put(byKey, alt, e);
          }
          put(byKey, f[5], e);
        }
      }
      for (String[] extra : EXTRA_COUNTRY_NAMES) {
        Entry country = countries.get(extra[1]);
        if (country != null) {
          put(byKey, extra[0], country);
        }
      }
      Map<String, Entry> regions = new HashMap<>();
      try (BufferedReader r = reader("geonames-admin1.tsv", false)) {
        String line = r.readLine();
        while ((line = r.readLine()) != null) {
          String[] f = line.split("\t", -1);
          double[] c = f.length < 2 ? null : centre.get(f[0]);
          if (c == null || c[2] == 0) {
            continue;
          }
          Entry e = new Entry(0, f[1], f[0].substring(0, 2), c[0] / c[2], c[1] / c[2], (long) c[3], Kind.REGION);
          regions.put(f[0], e);
          put(byKey, f[1], e);
        }
      }
      for (String[] dutch : DUTCH_REGION_NAMES) {
        Entry e = regions.get(dutch[0]);
        if (e != null) {
          put(byKey, dutch[1], e);
        }
      }
      for (Object[] region : REGIONS) {
        put(byKey, (String) region[0], new Entry(0, (String) region[0], null, (double) region[1],
            (double) region[2], 0, Kind.CONTINENT));
      }
      Comparator<Entry> best = Comparator.comparingDouble(Gazetteer::score).reversed();
      for (Map.Entry<String, List<Entry>> e : byKey.entrySet()) {
        List<Entry> list = e.getValue();
        if (list.size() > 1) {
          list.sort(best);
        }
        e.setValue(Collections.unmodifiableList(list));
      }
      return new Gazetteer(byKey, Map.copyOf(countries));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /**
   * How likely a candidate is the place meant in Dutch news: continents and countries first; then size
   * (log of population; a region's summed population counts a tenth, so the city Utrecht beats the
   * province); Dutch and Belgian places get a head start over foreign namesakes.
   */
  static double score(Entry e) {
    if (e.kind() == Kind.CONTINENT || e.kind() == Kind.COUNTRY) {
      return 100 + Math.log10(e.population() + 10.0);
    }
    double pop = e.kind() == Kind.REGION ? e.population() / 10.0 : e.population();
    double s = Math.log10(pop + 10.0);
    if ("NL".equals(e.country()) || "BE".equals(e.country())) {
      s += 1.5;
    }
    s += switch (e.kind()) {
      case CAPITAL -> 1.0;
      case ADMIN_SEAT -> 0.5;
      case REGION -> 0.3;
      default -> 0.0;
    };
    return s;
  }

  private static void addToCentre(Map<String, double[]> centre, String key, double lat, double lon, long pop) {
    double w = Math.max(1, pop);
    double[] c = centre.computeIfAbsent(key, k -> new double[4]);
    c[0] += w * lat;
    c[1] += w * lon;
    c[2] += w;
    c[3] += pop;
  }

  private static void put(Map<String, List<Entry>> byKey, String name, Entry e) {
    if (name == null || name.isBlank()) {
      return;
    }
    List<Entry> list = byKey.computeIfAbsent(key(name), k -> new ArrayList<>(1));
    for (Entry existing : list) {
      if (existing.id() == e.id() && existing.kind() == e.kind()) {
        return;
      }
    }
    list.add(e);
  }

  private static long parseLong(String s) {
    try {
      return s.isEmpty() ? 0 : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static BufferedReader reader(String resource, boolean gzip) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing bundled resource " + resource);
    }
    InputStream data = gzip ? new GZIPInputStream(in, 1 << 16) : in;
    return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
  }
}
