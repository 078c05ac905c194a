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
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Place names with coordinates, for geocoding and as a named-entity feature. Built from the bundled
 * GeoNames extract (CC BY 4.0: "GeoNames, https://www.geonames.org/"), the Dutch country names of
 * {@code i18n-iso-countries} (MIT) and two tables written for Kroniek: {@code place-names-nl.tsv} (Dutch names
 * GeoNames lacks: {@code 's-Gravenhage}, {@code Istanboel}, {@code VK}, {@code Catalonië}) and
 * {@code places-extra-nl.tsv} (continents, seas, Dutch landscapes, islands and municipalities, Belgian
 * provinces).
 *
 * <p>Which names are kept: the GeoNames name and ASCII name of every place; the alternate names (exonyms
 * such as {@code Parijs}, {@code Keulen}, {@code Raqqa}) of places with at least {@value #ALTERNATES_MIN_POPULATION}
 * inhabitants and of every Dutch and Belgian place; only alternates that start with a capital letter
 * (GeoNames lists lower-case transliterations that are not how anyone writes a name in Dutch text), and not
 * codes of up to four capitals ({@code AMS}, {@code DAM}: folded to {@code dam} they would read as words). Country
 * and province coordinates are the population-weighted centre of their places in the extract.
 *
 * <p>Lookup keys are folded: lower case, diacritics removed, every run of other characters (hyphen,
 * apostrophe, space) as one space, so {@code Saoedi-Arabië}, {@code saoedi arabie} and
 * {@code 'Saoedi Arabië'} are one key. Immutable and thread-safe; {@link #get()} loads it once (under a
 * second, ~30 MB).
 */
public final class Gazetteer {

  static final long ALTERNATES_MIN_POPULATION = 15_000;

  /** Score per alternate name (see {@link #score}), counted up to {@link #FAME_MAX_ALTERNATE_NAMES}. */
  static final double FAME_PER_ALTERNATE_NAME = 0.04;
  static final int FAME_MAX_ALTERNATE_NAMES = 40;

  /**
   * What kind of place an entry is. {@code CONTINENT} also covers other areas that span countries: the
   * Midden-Oosten, the Balkan, seas.
   */
  public enum Kind { CONTINENT, COUNTRY, REGION, CAPITAL, ADMIN_SEAT, CITY }

  /**
   * One place.
   *
   * @param id GeoNames id; for countries the negative ISO numeric code; 0 for continents, regions and the
   *     places of Kroniek's own table
   * @param name the gazetteer's own name ({@code Ar Raqqah}, {@code Syrië}; Dutch for Dutch and Belgian
   *     places and provinces: {@code Den Haag}, {@code Noord-Holland})
   * @param country ISO 3166-1 alpha-2 code, or null for a continent or another area spanning countries
   * @param population inhabitants (for countries and regions: the sum over the extract's places), 0 when
   *     unknown
   * @param admin1 GeoNames first-level division ({@code NL.07}) of a place or region, null when unknown
   * @param alternateNames how many (Latin-script) alternate names GeoNames lists for the place: a measure of
   *     how well known it is abroad (Christchurch, New Zealand has 28, Christchurch, England 9); 0 for
   *     countries, regions and continents
   */
  public record Entry(long id, String name, String country, double lat, double lon, long population, Kind kind,
      String admin1, int alternateNames) {

    /** An entry without a known first-level division or alternate names. */
    public Entry(long id, String name, String country, double lat, double lon, long population, Kind kind) {
      this(id, name, country, lat, lon, population, kind, null, 0);
    }
  }

  /** The Netherlands, Belgium and the Caribbean parts of the Kingdom: a head start in Dutch news. */
  private static final Set<String> HOME = Set.of("NL", "BE", "BQ", "CW", "AW", "SX");

  /** ISO codes of the European countries other than NL and BE: a small head start in Dutch news. */
  private static final Set<String> EUROPE = Set.of("AD", "AL", "AT", "BA", "BG", "BY", "CH", "CY", "CZ", "DE",
      "DK", "EE", "ES", "FI", "FO", "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI",
      "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM",
      "UA", "VA", "XK");

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private final Map<String, List<Entry>> byKey;
  private final Map<String, Entry> countries;
  private final Map<String, Entry> dutchAreaNames;

  private Gazetteer(Map<String, List<Entry>> byKey, Map<String, Entry> countries, Map<String, Entry> dutchAreaNames) {
    this.byKey = byKey;
    this.countries = countries;
    this.dutchAreaNames = dutchAreaNames;
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

  /**
   * The country or continent that this is a Dutch name of ({@code Turkije}, {@code Saoedi-Arabië},
   * {@code VS}, {@code Europa}, {@code Midden-Oosten}), or null. Only the Dutch names count: not the English
   * country names ({@code Georgia}, {@code Jordan}) nor GeoNames' alternate names, which {@link #lookup} also
   * knows. A name that the text can hardly mean otherwise, for callers that have no other evidence.
   */
  public Entry dutchCountryOrContinent(String name) {
    return name == null ? null : dutchAreaNames.get(key(name));
  }

  /** Number of distinct lookup keys. */
  /**
   * Calls {@code action} with every lookup key (in {@link #key} form) and its best candidate: how a
   * consumer that only needs "is this a place, and what kind" can take a compact copy.
   */
  public void forEachKey(java.util.function.BiConsumer<String, Entry> action) {
    for (Map.Entry<String, List<Entry>> e : byKey.entrySet()) {
      if (!e.getValue().isEmpty()) {
        action.accept(e.getKey(), e.getValue().get(0));
      }
    }
  }

  public int size() {
    return byKey.size();
  }

  /** The folded form used for lookups. */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      String folded;
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
          gap = true;
          continue;
        }
        folded = null;
      } else if (c < Folding.TABLE.length && Folding.TABLE[c] != Folding.SLOW) {
        folded = Folding.TABLE[c];
      } else {
        return keyOfDecomposed(name); // rare: scripts beyond Latin Extended
      }
      if (folded != null && folded.isEmpty()) {
        if (Folding.isGap(c)) {
          gap = true;
        }
        continue; // a combining mark, dropped
      }
      if (gap && sb.length() > 0) {
        sb.append(' ');
      }
      gap = false;
      if (folded == null) {
        sb.append(c);
      } else {
        sb.append(folded);
      }
    }
    return sb.toString();
  }

  /** {@link #key} the slow way: canonical decomposition, marks dropped, letters and digits kept. */
  static String keyOfDecomposed(String name) {
    String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
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

  /**
   * {@link #keyOfDecomposed} precomputed for each character up to the general punctuation block, because
   * decomposing whole names is the slowest part of loading: the folded letters, or "" for a mark or a
   * separator.
   */
  private static final class Folding {
    static final String[] TABLE = new String[0x2070];
    private static final boolean[] GAP = new boolean[0x2070];
    /** Marks a character whose decomposition mixes letters and separators: fold the whole name slowly. */
    static final String SLOW = new String("slow");

    static {
      for (char c = 0x80; c < TABLE.length; c++) {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        boolean letters = false;
        boolean separators = false;
        for (int i = 0; i < nfd.length(); i++) {
          char d = nfd.charAt(i);
          if (Character.getType(d) == Character.NON_SPACING_MARK) {
            continue;
          }
          if (Character.isLetterOrDigit(d)) {
            letters = true;
          } else {
            separators = true;
          }
        }
        TABLE[c] = letters && separators ? SLOW : keyOfDecomposed(String.valueOf(c));
        GAP[c] = separators && !letters;
      }
    }

    static boolean isGap(char c) {
      return GAP[c];
    }
  }

  /**
   * How likely a candidate is the place meant in Dutch news, as a log-scale number: continents first, then
   * countries (log of population + 4); then size (log of population; a region's summed population counts a
   * twentieth, so the city Utrecht beats the province and Luik the city beats Luik the province); Dutch and
   * Belgian places (and those of Aruba, Curaçao, Sint Maarten and the Caribbean Netherlands) get a head start
   * over foreign namesakes (+1.5, as if 30 times bigger), other European places a small one (+0.5);
   * well-known places one of up to +1.6 (0.04 per alternate name, so Valencia in Spain beats the bigger
   * Valencia in Venezuela).
   */
  public static double score(Entry e) {
    if (e.kind() == Kind.CONTINENT) {
      return 12;
    }
    if (e.kind() == Kind.COUNTRY) {
      return 4 + Math.log10(e.population() + 10.0);
    }
    double pop = e.kind() == Kind.REGION ? e.population() / 20.0 : e.population();
    double s = Math.log10(pop + 10.0);
    if (e.country() != null && HOME.contains(e.country())) {
      s += 1.5;
    } else if (e.country() != null && EUROPE.contains(e.country())) {
      s += 0.5;
    }
    s += Math.min(e.alternateNames(), FAME_MAX_ALTERNATE_NAMES) * FAME_PER_ALTERNATE_NAME;
    s += switch (e.kind()) {
      case CAPITAL -> 1.0;
      case ADMIN_SEAT -> 0.5;
      case REGION -> 0.3;
      default -> 0.0;
    };
    return s;
  }

  private static Gazetteer load() {
    try {
      return new Loader().load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /** Reads the bundled files once; not thread-safe, used only inside {@link #load()}. */
  private static final class Loader {
    private final Map<String, List<Entry>> byKey = new HashMap<>(1 << 19);
    /** country or admin1 code -> {sum w*lat, sum w*lon, sum w, population}. */
    private final Map<String, double[]> centre = new HashMap<>();
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> regions = new HashMap<>();
    private final Map<String, Entry> dutchAreaNames = new HashMap<>();
    /** Kroniek's Dutch names, by what they refer to ("geonames:2747373", "country:GB", "admin1:NL.07"). */
    private final Map<String, List<String[]>> dutchNames = new HashMap<>();

    Gazetteer load() throws IOException {
      readDutchNames();
      readPlaces();
      readCountries();
      readRegions();
      readExtraPlaces();
      Comparator<Entry> best = Comparator.comparingDouble(Gazetteer::score).reversed();
      for (Map.Entry<String, List<Entry>> e : byKey.entrySet()) {
        List<Entry> list = e.getValue();
        if (list.size() > 1) {
          list.sort(best);
        }
        e.setValue(Collections.unmodifiableList(list));
      }
      return new Gazetteer(byKey, Map.copyOf(countries), Map.copyOf(dutchAreaNames));
    }

    private void readDutchNames() throws IOException {
      try (BufferedReader r = reader("place-names-nl.tsv", false)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split("\t", -1);
          if (line.startsWith("#") || f.length < 2 || f[0].equals("name")) {
            continue;
          }
          dutchNames.computeIfAbsent(f[1], k -> new ArrayList<>(2)).add(f);
        }
      }
    }

    /** The Dutch display name written for this target, or the given one. */
    private String displayName(String target, String name) {
      for (String[] f : dutchNames.getOrDefault(target, List.of())) {
        if (f.length > 2 && f[2].equals("yes")) {
          return f[0];
        }
      }
      return name;
    }

    private void putDutchNames(String target, Entry e) {
      for (String[] f : dutchNames.getOrDefault(target, List.of())) {
        put(f[0], e);
        if (e.kind() == Kind.COUNTRY) {
          dutchAreaNames.put(key(f[0]), e);
        }
      }
    }

    private void readPlaces() throws IOException {
      String[] f = new String[11];
      try (BufferedReader r = reader("geonames-places.tsv.gz", true)) {
        r.readLine(); // header
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (splitTabs(line, f) < 11) {
            continue;
          }
          long id = Long.parseLong(f[0]);
          long pop = parseLong(f[8]);
          double lat = Double.parseDouble(f[6]);
          double lon = Double.parseDouble(f[7]);
          String cc = f[3];
          Kind kind = switch (f[5]) {
            case "PPLC" -> Kind.CAPITAL;
            case "PPLA" -> Kind.ADMIN_SEAT;
            default -> Kind.CITY;
          };
          String admin1 = f[4].isEmpty() ? null : cc + "." + f[4];
          String target = "geonames:" + f[0];
          String name = displayName(target, f[1]);
          Entry e = new Entry(id, name, cc, lat, lon, pop, kind, admin1, countNames(f[10]));
          put(f[1], e);
          if (!f[2].equals(f[1])) {
            put(f[2], e);
          }
          putDutchNames(target, e);
          if (pop >= ALTERNATES_MIN_POPULATION || cc.equals("NL") || cc.equals("BE")) {
            putAlternates(f[10], e);
          }
          addToCentre(cc, lat, lon, pop);
          if (admin1 != null) {
            addToCentre(admin1, lat, lon, pop);
          }
        }
      }
    }

    private void putAlternates(String alternates, Entry e) {
      int from = 0;
      while (from < alternates.length()) {
        int bar = alternates.indexOf('|', from);
        int to = bar < 0 ? alternates.length() : bar;
        if (to > from && Character.isUpperCase(alternates.codePointAt(from)) && !isCode(alternates, from, to)) {
          put(alternates.substring(from, to), e);
        }
        from = to + 1;
      }
    }

    private static int countNames(String alternates) {
      if (alternates.isEmpty()) {
        return 0;
      }
      int n = 1;
      for (int i = alternates.indexOf('|'); i >= 0; i = alternates.indexOf('|', i + 1)) {
        n++;
      }
      return n;
    }

    /** An airport or other code such as {@code AMS} or {@code DAM} (Damascus): folded, it reads as a word. */
    private static boolean isCode(String s, int from, int to) {
      if (to - from > 4) {
        return false;
      }
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (!(c >= 'A' && c <= 'Z')) {
          return false;
        }
      }
      return true;
    }

    private void readCountries() throws IOException {
      try (BufferedReader r = reader("countries-nl.tsv", false)) {
        r.readLine();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
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
          putDutchArea(f[3], e);
          for (String alt : f[4].split("\\|")) {
            putDutchArea(alt, e);
          }
          put(f[5], e); // the English name: findable, but not a Dutch name
          putDutchNames("country:" + f[0], e);
        }
      }
    }

    private void readRegions() throws IOException {
      try (BufferedReader r = reader("geonames-admin1.tsv", false)) {
        r.readLine();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split("\t", -1);
          double[] c = f.length < 2 ? null : centre.get(f[0]);
          if (c == null || c[2] == 0) {
            continue;
          }
          String target = "admin1:" + f[0];
          Entry e = new Entry(0, displayName(target, f[1]), f[0].substring(0, 2), c[0] / c[2], c[1] / c[2],
              (long) c[3], Kind.REGION, f[0], 0);
          regions.put(f[0], e);
          put(f[1], e);
          putDutchNames(target, e);
        }
      }
    }

    private void readExtraPlaces() throws IOException {
      try (BufferedReader r = reader("places-extra-nl.tsv", false)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split("\t", -1);
          if (line.startsWith("#") || f.length < 8 || f[0].equals("name")) {
            continue;
          }
          Kind kind = Kind.valueOf(f[2]);
          Entry e = new Entry(0, f[0], f[3].isEmpty() ? null : f[3], Double.parseDouble(f[5]),
              Double.parseDouble(f[6]), parseLong(f[7]), kind, f[4].isEmpty() ? null : f[4], 0);
          put(f[0], e);
          for (String alt : f[1].split("\\|")) {
            put(alt, e);
          }
          if (kind == Kind.CONTINENT) { // a continent's name wins over a country's (Antarctica)
            dutchAreaNames.put(key(f[0]), e);
            for (String alt : f[1].split("\\|")) {
              if (!alt.isBlank()) {
                dutchAreaNames.put(key(alt), e);
              }
            }
          }
        }
      }
    }

    private void putDutchArea(String name, Entry e) {
      if (name.isBlank()) {
        return;
      }
      put(name, e);
      dutchAreaNames.putIfAbsent(key(name), e);
    }

    private void addToCentre(String key, double lat, double lon, long pop) {
      double w = Math.max(1, pop);
      double[] c = centre.computeIfAbsent(key, k -> new double[4]);
      c[0] += w * lat;
      c[1] += w * lon;
      c[2] += w;
      c[3] += pop;
    }

    private void put(String name, Entry e) {
      if (name == null || name.isBlank()) {
        return;
      }
      List<Entry> list = byKey.computeIfAbsent(key(name), k -> new ArrayList<>(1));
      for (Entry existing : list) {
        if (existing == e || existing.id() == e.id() && existing.id() != 0 && existing.kind() == e.kind()) {
          return;
        }
      }
      list.add(e);
    }
  }

  /** Splits a line at tabs into {@code fields} (extra fields are dropped); returns the number of fields. */
  private static int splitTabs(String line, String[] fields) {
    int n = 0;
    int from = 0;
    while (n < fields.length) {
      int tab = line.indexOf('\t', from);
      fields[n++] = tab < 0 ? line.substring(from) : line.substring(from, tab);
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    return n;
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
