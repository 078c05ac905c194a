package nl.kroniek.nlp.quote;

import java.util.Arrays;
import java.util.Set;
import nl.kroniek.lexicon.FirstNames;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.lexicon.WordList;

/**
 * The closed Dutch word classes the speaker and source finders need: determiners, pronouns, name particles,
 * titles, and the words that end a noun phrase (time adverbs, prepositions, conjunctions, common finite
 * verbs). All sets hold lower-case forms; look words up with their folded text.
 */
final class Words {

  private Words() {}

  /** An immutable set; a word listed twice is harmless. */
  private static Set<String> set(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /** Words that open a noun phrase: articles, possessives and demonstratives that never start a clause. */
  static final Set<String> DETERMINERS = set("de", "het", "een", "één", "'t", "deze", "dit", "zijn", "haar", "hun",
      "mijn", "onze", "ons", "uw", "diens", "wiens");

  /** Personal pronouns that can be the subject of a reporting verb. */
  static final Set<String> PRONOUNS = set("hij", "zij", "ze", "ik", "wij", "we", "men", "u", "jij", "je");

  /** Pronouns that may point to one earlier named person. */
  static final Set<String> RESOLVABLE_PRONOUNS = set("hij", "zij", "ze");

  /** Name particles: {@code Jan van der Berg}, {@code Ahmed el Amrani}, {@code Osama bin Laden}. */
  static final Set<String> PARTICLES = set("van", "de", "der", "den", "ter", "ten", "te", "von", "da", "di",
      "du", "le", "la", "el", "al", "bin", "ben", "'t", "op", "in", "dos", "das", "del", "della", "zu", "vander");

  /** Prepositions that continue a noun phrase: {@code woordvoerder van de politie}, {@code namens het OM}. */
  static final Set<String> NP_PREPOSITIONS = set("van", "namens");

  /** Prepositions that continue a noun phrase only after a source noun: {@code bronnen rond het kabinet}. */
  static final Set<String> SOURCE_PREPOSITIONS = set("rond", "binnen", "bij", "in", "uit", "dicht", "rondom");

  /** Nouns for unnamed informants, which take the {@link #SOURCE_PREPOSITIONS}. */
  static final Set<String> SOURCE_NOUNS = set("bron", "bronnen", "ingewijde", "ingewijden", "betrokkene",
      "betrokkenen", "insider", "insiders", "functionaris", "functionarissen", "medewerker", "medewerkers",
      "woordvoerder", "woordvoerders", "woordvoerster", "ambtenaar", "ambtenaren", "diplomaat", "diplomaten");

  /** Heads of a noun phrase that speak for the organisation after {@code van}: the source is that organisation. */
  static final Set<String> SPOKESPERSONS = set("woordvoerder", "woordvoerster", "woordvoerders", "zegsman",
      "zegsvrouw", "persvoorlichter", "voorlichter", "voorlichtster", "perswoordvoerder", "perschef",
      "persdienst", "persofficier", "woordvoering", "porte-parole");

  /**
   * Titles and roles that precede a name ({@code kolonel Ryan Dillon}); needed where a sentence start
   * capitalises them ({@code Minister Hoekstra zei}).
   */
  static final Set<String> TITLES = set("minister", "premier", "president", "burgemeester", "wethouder",
      "staatssecretaris", "kamerlid", "koning", "koningin", "prins", "prinses", "paus", "generaal", "kolonel",
      "majoor", "kapitein", "luitenant", "sergeant", "commandant", "dokter", "professor", "hoogleraar",
      "directeur", "voorzitter", "woordvoerder", "woordvoerster", "advocaat", "officier", "rechter", "trainer",
      "coach", "bondscoach", "aanvoerder", "gouverneur", "senator", "ambassadeur", "commissaris", "ceo",
      "topman", "topvrouw", "chef", "leider", "fractievoorzitter", "partijleider", "lijsttrekker",
      "minister-president", "eurocommissaris", "onderzoeker", "econoom", "deskundige", "schrijver",
      "schrijfster", "journalist", "zanger", "zangeres", "acteur", "actrice", "kardinaal", "bisschop", "dominee",
      "pastoor", "imam", "rabbijn", "sjeik", "kroonprins", "keizer", "kanselier", "dhr.", "mevr.", "dr.",
      "prof.", "mr.", "ir.", "drs.", "ing.", "sir", "lord", "lady", "mevrouw", "meneer", "de heer", "oud-premier",
      "oud-minister", "ex-premier", "ex-minister", "raadslid", "statenlid", "gedeputeerde", "dijkgraaf",
      "rector", "decaan", "inspecteur", "agent", "brandweercommandant", "politiechef", "hoofdcommissaris");

  /**
   * Words that end a speaker noun phrase: time adverbs, other adverbs typical after a reporting verb,
   * prepositions that start an adjunct ({@code tegen de BBC}, {@code op Twitter}), particles of separable
   * reporting verbs ({@code liet X weten}), conjunctions and relative pronouns.
   */
  static final Set<String> NP_STOPS = set(
      // time
      "gisteren", "gister", "eergisteren", "vandaag", "morgen", "overmorgen", "vanochtend", "vanmorgen",
      "vanmiddag", "vanavond", "vannacht", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
      "zondag", "vorige", "vorig", "afgelopen", "eerder", "later", "toen", "nu", "onlangs", "recent", "laatst",
      "destijds", "inmiddels", "daarna", "vervolgens", "daarop", "eerst", "straks", "intussen", "zojuist",
      "pas", "begin", "eind", "half", "medio", "sinds", "deze", "dit", "vanaf", "jaren", "jaar", "week",
      "vorigjaar",
      // adverbs
      "ook", "nog", "al", "wel", "niet", "echter", "immers", "dan", "daarom", "desgevraagd", "daarover",
      "erover", "hierover", "hierop", "erop", "enthousiast", "lachend", "stellig", "zelf", "zelfs", "verder",
      "bovendien", "tenslotte", "ten", "uiteindelijk", "alleen", "slechts", "dus", "namelijk", "overigens",
      "trouwens", "ondertussen", "eveneens", "opnieuw", "weer", "nogmaals", "direct", "meteen", "openlijk",
      "publiekelijk", "anoniem", "telefonisch", "schriftelijk", "letterlijk", "droog", "voorzichtig",
      "duidelijk", "kort", "vaak", "steeds", "altijd", "nooit", "graag", "liever", "hardop", "fel", "boos",
      "emotioneel", "resoluut", "zeker", "waarschijnlijk", "mogelijk", "blijkbaar", "kennelijk", "daarbij",
      "hier", "daar", "er", "zo", "eens", "toch", "maar", "wat", "hoe", "waarom", "wanneer", "waar",
      "nadrukkelijk", "uitdrukkelijk", "expliciet", "tevreden", "trots", "verbaasd", "opgelucht", "somber",
      "optimistisch", "kritisch",
      // prepositions that start an adjunct, and particles of separable verbs
      "tegen", "tegenover", "aan", "in", "op", "bij", "via", "met", "na", "tijdens", "voor", "over", "om", "tot",
      "uit", "toe", "weten", "eraan", "erbij", "daaraan", "vast", "mee", "door", "naar", "onder", "zonder",
      "namens", "binnen", "buiten", "achter", "vlak", "rond", "ondanks", "volgens", "per", "na afloop",
      // conjunctions, relatives, complementisers
      "dat", "die", "wie", "waarin", "waarop", "waarmee", "welke", "omdat", "want", "en", "of", "als", "zoals",
      "terwijl", "hoewel", "nadat", "zodat", "waarna", "aldus", "zich", "zichzelf", "het", "hem", "haar",
      "hen", "hun", "iets", "niets", "alles", "geen", "te", "hemzelf", "haarzelf");

  /**
   * Adverbs that may stand between a reporting verb and its inverted subject ({@code zei gisteren de
   * minister}) or between an auxiliary and a participle ({@code heeft gisteren gezegd}).
   */
  static final Set<String> ADVERBS = set("gisteren", "gister", "eergisteren", "vandaag", "vanochtend",
      "vanmorgen", "vanmiddag", "vanavond", "vannacht", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
      "zaterdag", "zondag", "eerder", "later", "toen", "nu", "onlangs", "recent", "laatst", "destijds",
      "inmiddels", "daarna", "vervolgens", "daarop", "eerst", "intussen", "zojuist", "ook", "nog", "al", "wel",
      "echter", "immers", "dan", "daarom", "desgevraagd", "daarover", "erover", "hierover", "enthousiast",
      "lachend", "stellig", "verder", "bovendien", "tenslotte", "uiteindelijk", "dus", "namelijk", "overigens",
      "trouwens", "ondertussen", "eveneens", "opnieuw", "weer", "nogmaals", "openlijk", "telefonisch",
      "schriftelijk", "droog", "voorzichtig", "kort", "nadrukkelijk", "uitdrukkelijk", "tevreden", "trots",
      "resoluut", "fel", "boos", "emotioneel", "er", "zelf", "altijd", "steeds", "vaak", "toch", "niet",
      "nooit", "graag", "daarbij", "hierop", "zo");

  /** Common finite verbs that end a preceding noun phrase ({@code Volgens de politie is ...}). */
  static final Set<String> FINITE_VERBS = set("is", "was", "zijn", "waren", "ben", "bent", "heeft", "hebben",
      "had", "hadden", "heb", "hebt", "wordt", "worden", "werd", "werden", "word", "zal", "zullen", "zou",
      "zouden", "zult", "kan", "kunnen", "kon", "konden", "kun", "kunt", "moet", "moeten", "moest", "moesten",
      "mag", "mogen", "mocht", "mochten", "wil", "willen", "wilde", "wilden", "wou", "gaat", "gaan", "ging",
      "gingen", "komt", "komen", "kwam", "kwamen", "staat", "staan", "stond", "stonden", "ligt", "liggen", "lag",
      "lagen", "blijft", "blijven", "bleef", "bleven", "lijkt", "lijken", "leek", "leken", "zit", "zitten", "zat",
      "zaten", "doet", "doen", "deed", "deden", "krijgt", "krijgen", "kreeg", "kregen", "maakt", "maken",
      "maakte", "maakten", "neemt", "nemen", "nam", "namen", "ziet", "zien", "zag", "zagen", "houdt", "houden",
      "hield", "hielden", "geeft", "geven", "gaf", "gaven", "weet", "weten", "wist", "wisten", "vormen", "vormt",
      "vormde", "vormden", "betalen", "betaalt", "betaalde", "hoeft", "hoeven", "hoefde", "loopt", "lopen",
      "liep", "liepen", "zoekt", "zoeken", "zocht", "zochten", "speelt", "spelen", "speelde", "speelden",
      "telt", "tellen", "telde", "telden", "heet", "heten", "heette", "bestaat", "bestaan", "bestond",
      "bestonden", "brengt", "brengen", "bracht", "brachten", "volgt", "volgen", "volgde", "volgden", "valt",
      "vallen", "viel", "vielen", "gebeurt", "gebeurde", "wacht", "wachten", "wachtte", "draait", "draaide",
      "ontstaat", "ontstond", "verdient", "verdiende", "kost", "kosten", "kostte", "kostten", "groeit",
      "groeide", "daalt", "daalde", "stijgt", "steeg", "werkt", "werken", "werkte", "werkten", "woont",
      "wonen", "woonde", "woonden", "leeft", "leven", "leefde", "leefden", "rijdt", "rijden", "reed", "reden",
      "stuurt", "sturen", "stuurde", "stuurden", "sterft", "sterven", "stierf", "stierven", "blijkt", "blijken",
      "bleek", "bleken", "toont", "toonde", "wijst", "wees", "laat", "liet", "lieten", "kent", "kende",
      "rekent", "rekende", "vraagt", "vroeg", "trekt", "trok", "zet", "zette", "legt", "legde");

  /** Capitalised sentence-initial words that are never a name or the start of a subject. */
  static final Set<String> CLAUSE_OPENERS = set("maar", "en", "want", "toch", "ook", "dan", "nu", "zo",
      "daarom", "daarna", "daarop", "later", "eerder", "toen", "als", "omdat", "hoewel", "terwijl", "nadat",
      "volgens", "bovendien", "verder", "intussen", "inmiddels", "wel", "niet", "dat", "dit", "die", "wat",
      "waarom", "hoe", "wie", "waar", "wanneer", "nadien", "vervolgens", "tot", "sinds", "na", "voor", "in",
      "op", "bij", "met", "tijdens", "over", "uit", "aan", "door", "naar", "tegen", "onder", "zonder", "er",
      "hier", "daar", "desondanks", "echter", "immers", "dus", "alleen", "zelfs", "tenslotte", "uiteindelijk",
      "eerst", "gisteren", "vandaag", "morgen", "of", "waarna", "geconfronteerd", "ondanks");

  /** Words that say a {@code volgens}-phrase is not an attribution to a source ({@code volgens plan}). */
  static final Set<String> NOT_A_SOURCE = set("plan", "planning", "schema", "afspraak", "afspraken",
      "protocol", "regels", "regel", "wet", "boekje", "traditie", "verwachting", "verwachtingen", "mij", "ons",
      "mijn", "onze", "jou", "jouw", "u", "hem", "haar", "hen", "hun", "velen", "sommigen", "anderen", "recept",
      "richtlijnen", "voorschrift", "voorschriften", "gewoonte", "reglement", "statuten", "grondwet", "bijbel",
      "koran", "logica", "definitie", "normen", "norm", "methode", "model", "principe", "systeem",
      "patroon", "scenario", "criteria", "maatstaven", "standaard", "internationaal", "europees", "nederlands",
      "bestemmingsplan", "contract", "regeling", "cao", "verdrag", "akkoord", "wetgeving", "wetboek", "ritueel",
      "dienstregeling", "programma", "agenda", "overeenkomst", "zeggen", "principes", "principe", "prognose",
      "prognoses", "voorspelling", "voorspellingen", "berekening", "schatting", "eigen", "zichzelf");

  /** Heads of {@code volgens} phrases that are data, not speakers: {@code volgens de voorlopige cijfers}. */
  static final Set<String> DATA_NOUNS = set("cijfer", "cijfers", "gegevens", "uitslag", "uitslagen", "telling",
      "tellingen", "statistiek", "statistieken", "berekeningen", "schattingen", "data", "resultaten",
      "peiling", "peilingen", "metingen", "meting");

  /** Object pronouns after {@code volgens} that point to an earlier speaker ({@code volgens hem}). */
  static final Set<String> OBJECT_PRONOUNS = set("hem", "haar", "hemzelf", "haarzelf");

  private static final class Lexicons {
    static final FirstNames FIRST_NAMES = FirstNames.get();
    static final WordList WORDS = WordList.openTaal();
    static final WordList FAMILY_NAMES = WordList.dutchFamilyNames();
  }

  private static final class Places {
    static final Gazetteer GAZETTEER = Gazetteer.get();
  }

  /** Places large enough to stand for their government ({@code aldus Washington}). */
  private static final long BIG_PLACE_POPULATION = 500_000;

  /** A country, continent, capital or big city: a speaker of that name is no person ({@code Washington}). */
  static boolean isBigPlace(String name) {
    if (Places.GAZETTEER.dutchCountryOrContinent(name) != null) {
      return true;
    }
    for (Gazetteer.Entry e : Places.GAZETTEER.lookup(name)) {
      if (e.population() >= BIG_PLACE_POPULATION || e.kind() == Gazetteer.Kind.CAPITAL
          || e.kind() == Gazetteer.Kind.COUNTRY) {
        return true;
      }
    }
    return false;
  }

  /** Popular enough to tell a first name from a surname that happens to be given as a first name. */
  private static final long FIRST_NAME_MIN_FREQUENCY = 5;

  /** Nouns for a person's relation to someone else: {@code Ruttes woordvoerder}, {@code haar advocaat}. */
  private static final Set<String> RELATIONS = set("raadsman", "raadsvrouw", "advocate", "vrouw", "man", "moeder",
      "vader", "zoon", "dochter", "broer", "zus", "zuster", "echtgenote", "echtgenoot", "partner", "vriendin",
      "vriend", "manager", "zaakwaarnemer", "assistent", "adviseur", "secretaris", "arts", "lijfarts", "biograaf",
      "kabinetschef", "stafchef", "spindoctor", "campagneleider", "verloofde", "weduwe", "familie");

  /** A role or relation noun that can head a possessive speaker phrase ({@code T.'s raadsman}). */
  static boolean isPersonRole(String lower) {
    return TITLES.contains(lower) || SPOKESPERSONS.contains(lower) || SOURCE_NOUNS.contains(lower)
        || RELATIONS.contains(lower);
  }

  static boolean isFirstName(String word) {
    return Lexicons.FIRST_NAMES.frequency(word) >= FIRST_NAME_MIN_FREQUENCY;
  }

  /** A Dutch family name, lower case, with its particles ({@code van zeijl}, {@code de vries}). */
  static boolean isFamilyName(String lower) {
    return Lexicons.FAMILY_NAMES.contains(lower);
  }

  /** A Dutch word that the OpenTaal list knows in lower case ({@code gisteren}, {@code zaken}). */
  static boolean isKnownLowercaseWord(String lower) {
    return Lexicons.WORDS.isKnownLowercaseWord(lower);
  }

  /** A time word glued to a part of the day ({@code dinsdagavond}, {@code zondagmiddag}). */
  static boolean isDayPart(String lower) {
    for (String day : new String[] {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
        "zondag", "gister"}) {
      if (lower.startsWith(day) && lower.length() > day.length()) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case heads that form an organisation's name with the name after them ({@code gemeente Utrecht}). */
  static final Set<String> ORGANISATION_WORDS = set("gemeente", "provincie", "ministerie", "waterschap",
      "stichting", "vereniging", "universiteit", "hogeschool", "rechtbank", "gerechtshof", "veiligheidsregio",
      "politie", "brandweer", "omroep", "regio", "deelgemeente", "stadsdeel", "partij");

  /** How a newspaper refers to itself: neither a speaker to cite nor a source ({@code schreef deze krant}). */
  private static final Set<String> SELF_REFERENCES = set("deze krant", "dit blad", "dit dagblad", "onze krant",
      "deze site", "deze nieuwssite", "deze website", "deze courant", "dit medium", "deze redactie");

  static boolean isSelfReference(String phrase) {
    return SELF_REFERENCES.contains(phrase.toLowerCase(java.util.Locale.ROOT));
  }

  /** Ends a noun phrase: a stop word, a finite verb, a day part. */
  static boolean endsNounPhrase(String lower) {
    return NP_STOPS.contains(lower) || FINITE_VERBS.contains(lower) || isDayPart(lower);
  }
}
