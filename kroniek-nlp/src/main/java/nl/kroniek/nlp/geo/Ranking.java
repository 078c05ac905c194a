package nl.kroniek.nlp.geo;

import java.util.List;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.lexicon.Gazetteer.Entry;
import nl.kroniek.lexicon.Gazetteer.Kind;

/**
 * Scores a candidate for a place name, on the log scale of {@link Gazetteer#score} (1.0 = ten times more
 * inhabitants). The gazetteer's score (size, kind, a head start for Dutch, Belgian and European places) is
 * the prior; the name and the article adjust it.
 */
final class Ranking {

  /** The name is the candidate's own name, not one of its alternate names ({@code Noordwijk}, not Jayapura). */
  static final double OWN_NAME = 1.0;
  /**
   * Taken away from a region when a town of the same name lies in it: {@code Utrecht}, {@code Luik} and
   * {@code New York} mean the town unless the text says otherwise.
   */
  static final double REGION_NAMED_AFTER_TOWN = -2.0;
  /**
   * Given to a region when no town of its name lies in it: the gazetteer counts a region's population at a
   * twentieth so that the town Utrecht beats the province; with no such town, {@code Zeeland} is the province
   * rather than the village in Brabant, and {@code Bali} the island.
   */
  static final double REGION_NOT_NAMED_AFTER_TOWN = 0.65;
  /**
   * Taken away from a country found only under its English name: in Dutch text {@code Georgia} is the US state
   * (Georgië is the country), {@code Jordan} a person.
   */
  static final double ENGLISH_COUNTRY_NAME = -4.0;
  /** Another name of the article lies in the candidate's country ({@code Idlib} after {@code Syrië}). */
  static final double SAME_COUNTRY = 0.75;
  /**
   * Another name of the article lies in the candidate's province; for Dutch and Belgian candidates only
   * (elsewhere a first-level division can be as big as England).
   */
  static final double SAME_PROVINCE = 1.0;
  /** The text says so: {@code Hengelo (Gld)}, {@code Paris, Texas}. */
  static final double QUALIFIED = 5.0;
  /** A best candidate closer than this to the runner-up (and far from it) is a guess, not an answer. */
  static final double AMBIGUITY_MARGIN = 0.25;
  /** Namesakes closer than this are one place for a reader (a town and its municipality). */
  static final double SAME_PLACE_KM = 50;
  /** A place named after a compass word must be at least this big to be split ({@code Zuid-Londen}). */
  static final long PART_OF_CITY_MIN_POPULATION = 100_000;

  private Ranking() {}

  /** The score of a candidate before the article is taken into account. */
  static double prior(Entry e, NameForms.Form form, Gazetteer gazetteer) {
    double s = Gazetteer.score(e);
    if (e.kind() != Kind.COUNTRY && e.kind() != Kind.CONTINENT && Gazetteer.key(e.name()).equals(form.key())) {
      s += OWN_NAME;
    }
    if (e.kind() == Kind.COUNTRY && !e.equals(gazetteer.dutchCountryOrContinent(form.key()))) {
      s += ENGLISH_COUNTRY_NAME;
    }
    return s;
  }

  /** Whether {@code region} is a region that has a town among {@code candidates} in it. */
  static boolean namedAfterTown(Entry region, List<Entry> candidates) {
    if (region.kind() != Kind.REGION || region.admin1() == null) {
      return false;
    }
    for (Entry e : candidates) {
      if (isSettlement(e) && region.admin1().equals(e.admin1())) {
        return true;
      }
    }
    return false;
  }

  static boolean isSettlement(Entry e) {
    return e.kind() == Kind.CITY || e.kind() == Kind.ADMIN_SEAT || e.kind() == Kind.CAPITAL;
  }

  /** The score with the article's evidence added. */
  static double score(double prior, Entry e, String nameKey, ArticleContext context, List<Qualifier> qualifiers) {
    double s = prior;
    if (context.sameCountry(e, nameKey)) {
      s += SAME_COUNTRY;
    }
    if (("NL".equals(e.country()) || "BE".equals(e.country())) && context.sameProvince(e, nameKey)) {
      s += SAME_PROVINCE;
    }
    for (Qualifier q : qualifiers) {
      if (q.covers(e)) {
        s += QUALIFIED;
        break;
      }
    }
    return s;
  }

  /** Names this short are matched only as a place's own or Dutch name. */
  static final int SHORT_NAME_LENGTH = 3;

  /**
   * Whether a short name reaches this candidate only through an alternate name: {@code Ita}, {@code Bel} or
   * {@code Dam} in a results table or an Amsterdam square would otherwise become Itá (Paraguay) or Bell
   * (California), while {@code Ede}, {@code Oss} and {@code VS} are kept.
   */
  static boolean doubtfulShortName(Entry e, NameForms.Form form, Gazetteer gazetteer) {
    return form.key().length() <= SHORT_NAME_LENGTH && !Gazetteer.key(e.name()).equals(form.key())
        && !e.equals(gazetteer.dutchCountryOrContinent(form.key()));
  }

  /** Whether a candidate may stand for a form of this variant. */
  static boolean fits(Entry e, NameForms.Variant variant) {
    return switch (variant) {
      case AS_WRITTEN -> true;
      case PART_OF -> e.kind() == Kind.CONTINENT || e.kind() == Kind.COUNTRY || e.kind() == Kind.REGION
          || e.population() >= PART_OF_CITY_MIN_POPULATION;
      case DISTRICT_OF -> isSettlement(e);
    };
  }

  /** Great-circle distance in kilometres. */
  static double distanceKm(Entry a, Entry b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
