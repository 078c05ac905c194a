package nl.kroniek.nlp.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.lexicon.Gazetteer.Entry;
import nl.kroniek.lexicon.Gazetteer.Kind;
import nl.kroniek.lexicon.WordList;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Place;

/**
 * Resolves the place names of an article to gazetteer entries with coordinates and country.
 *
 * <p>Which mentions: every LOC entity of the recogniser; ORG entities only when they are exactly a Dutch
 * country or continent name ({@code Rusland} acting as a state); MISC never ({@code Polen} tagged MISC means
 * Poles); and names the recogniser missed only when they are Dutch country or continent names standing on
 * their own (see {@link UntaggedCountries}).
 *
 * <p>How: each mention is looked up as written, then without a possessive, then without a compass word
 * ({@code Zuid-Turkije} → Turkey, {@code Amsterdam-Zuid} → Amsterdam; see {@link NameForms}); such a mention
 * gets the base place's name and coordinates, its {@code text} keeps what was written. Candidates are ranked
 * by {@link Ranking}: the gazetteer's score, the candidate's own name over alternate names, the countries and
 * provinces of the article's other confident names (one sense per name per article), and a province or
 * country written right after the name ({@link Qualifier}). A name whose two best candidates are nearly tied
 * and far apart is dropped as too ambiguous, and so is a sentence-initial LOC that is also a common Dutch
 * word and only names a village ({@code Best.}).
 *
 * <p>Immutable and thread-safe. Details and measured accuracy: docs/extractors/places.md.
 */
public final class Geocoder {

  /** A LOC that is also a common word and names only places smaller than this is not trusted at a sentence start. */
  static final long COMMON_WORD_MAX_POPULATION = 10_000;

  private final Gazetteer gazetteer;
  private final WordList words;
  private final UntaggedCountries untagged;

  /** A geocoder over the bundled gazetteer and word list. */
  public Geocoder() {
    this(Gazetteer.get(), WordList.openTaal());
  }

  Geocoder(Gazetteer gazetteer, WordList words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = Objects.requireNonNull(words, "words");
    this.untagged = new UntaggedCountries(gazetteer);
  }

  /**
   * The places named in {@code text}, one per geocoded mention, in text order.
   *
   * @param text the article text the entity offsets point into
   * @param entities its named-entity mentions; entities with offsets outside the text are ignored
   * @return the places, never overlapping; {@code start}/{@code end} are the mention's offsets
   */
  public List<Place> places(String text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    List<Mention> mentions = mentions(text, entities);
    Map<String, PlaceName> names = new LinkedHashMap<>();
    List<PlaceName> nameOfMention = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      PlaceName name = lookUp(text, m, names);
      nameOfMention.add(name);
    }
    ArticleContext context = new ArticleContext();
    for (PlaceName name : names.values()) {
      Entry confident = name.confidentWithoutContext();
      if (confident != null) {
        context.add(name.key(), confident);
      }
    }
    for (PlaceName name : names.values()) {
      name.choose(context);
    }
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      PlaceName name = nameOfMention.get(i);
      Entry e = name == null ? null : name.chosen();
      if (e == null || distrusted(text, m, e)) {
        continue;
      }
      places.add(new Place(e.name(), text.substring(m.start(), m.end()), e.lat(), e.lon(), e.country(),
          Math.max(0, e.id()), m.start(), m.end()));
    }
    return List.copyOf(places);
  }

  /** The candidate mentions, in text order, without overlaps (the stronger evidence wins). */
  private List<Mention> mentions(String text, List<Entity> entities) {
    List<Mention> taken = new ArrayList<>();
    List<Mention> chosen = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity == null || entity.end() > text.length() || entity.start() >= entity.end()) {
        continue;
      }
      taken.add(new Mention(entity.start(), entity.end(), Mention.Evidence.LOCATION));
      Mention.Evidence evidence = evidence(text, entity);
      if (evidence != null) {
        chosen.add(new Mention(entity.start(), entity.end(), evidence));
      }
    }
    chosen.addAll(untagged.find(text, taken));
    chosen.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::evidence)
        .thenComparing(Comparator.comparingInt(Mention::end).reversed()));
    List<Mention> result = new ArrayList<>(chosen.size());
    int keptEnd = 0;
    for (Mention m : chosen) { // sorted by start: a mention overlaps a kept one iff it starts before its end
      if (m.start() >= keptEnd) {
        result.add(m);
        keptEnd = m.end();
      }
    }
    return result;
  }

  private Mention.Evidence evidence(String text, Entity entity) {
    if (entity.type() == EntityType.LOC) {
      return Mention.Evidence.LOCATION;
    }
    if (entity.type() == EntityType.ORG
        && gazetteer.dutchCountryOrContinent(text.substring(entity.start(), entity.end())) != null) {
      return Mention.Evidence.ORGANISATION_NAMED_AS_COUNTRY;
    }
    return null;
  }

  /** The name a mention is looked up under, shared by all mentions with the same key; null when unknown. */
  private PlaceName lookUp(String text, Mention m, Map<String, PlaceName> names) {
    String written = text.substring(m.start(), m.end());
    if (m.evidence() != Mention.Evidence.LOCATION) {
      Entry e = untagged.countryOrContinent(written);
      if (e == null) {
        return null;
      }
      String key = Gazetteer.key(e.name());
      return names.computeIfAbsent("=" + key,
          k -> new PlaceName(key, List.of(new PlaceName.Candidate(e, Gazetteer.score(e)))));
    }
    for (NameForms.Form form : NameForms.of(written)) {
      PlaceName name = names.get(form.key() + form.variant());
      if (name == null) {
        List<Entry> fitting = new ArrayList<>();
        for (Entry e : gazetteer.lookup(form.key())) {
          if (Ranking.fits(e, form.variant()) && !Ranking.doubtfulShortName(e, form, gazetteer)) {
            fitting.add(e);
          }
        }
        List<PlaceName.Candidate> candidates = new ArrayList<>(fitting.size());
        for (Entry e : fitting) {
          double prior = Ranking.prior(e, form, gazetteer);
          if (e.kind() == Kind.REGION) {
            prior += Ranking.namedAfterTown(e, fitting) ? Ranking.REGION_NAMED_AFTER_TOWN
                : Ranking.REGION_NOT_NAMED_AFTER_TOWN;
          }
          candidates.add(new PlaceName.Candidate(e, prior));
        }
        if (candidates.isEmpty()) {
          continue;
        }
        name = new PlaceName(form.key(), candidates);
        names.put(form.key() + form.variant(), name);
      }
      Qualifier qualifier = Qualifier.after(text, m.end(), gazetteer);
      if (qualifier != null) {
        name.addQualifier(qualifier);
      }
      return name;
    }
    return null;
  }

  /** A sentence-initial LOC that is a common word naming only a village: probably just a capitalised word. */
  private boolean distrusted(String text, Mention m, Entry e) {
    if (m.evidence() != Mention.Evidence.LOCATION || e.kind() != Kind.CITY
        || e.population() >= COMMON_WORD_MAX_POPULATION) {
      return false;
    }
    String written = text.substring(m.start(), m.end());
    return written.indexOf(' ') < 0 && TextPosition.startsSentence(text, m.start())
        && words.isKnownLowercaseWord(written);
  }
}
