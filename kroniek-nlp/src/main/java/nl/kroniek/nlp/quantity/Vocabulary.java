package nl.kroniek.nlp.quantity;

import java.util.List;
import java.util.Set;

/**
 * The Dutch word tables behind the quantity and money grammar, built once. Keys are lower case without
 * diacritics (as {@link Tokens#lower} gives them), multi-token keys separated by single spaces.
 */
final class Vocabulary {

  /** A unit: its normalised symbol and the quantity kind it makes. */
  record Unit(String symbol, String kind) {}

  /** A currency: ISO 4217 code and the factor from the written unit to the currency's unit (cent: 0.01). */
  record Currency(String iso, double factor) {}

  /** Marker value of the hedge {@code tussen}, which opens a range rather than hedging a number. */
  static final String BETWEEN = "between";

  static final PhraseTable<String> HEDGES = new PhraseTable<String>()
      .addAll(Approx.ABOUT, "zo'n", "zo 'n", "ongeveer", "circa", "ca", "ca .", "rond de", "rondom de", "rond",
          "plusminus", "pakweg", "naar schatting", "zowat", "om en nabij", "om en nabij de", "om en bij de",
          "bij benadering", "grofweg", "ruwweg", "een slordige", "een stuk of", "ongeveer zo'n")
      .addAll(Approx.MORE_THAN, "meer dan", "ruim", "ruimschoots", "dik", "een dikke", "een goede",
          "boven de", "ruim meer dan", "al meer dan", "veel meer dan", "iets meer dan")
      .addAll(Approx.LESS_THAN, "minder dan", "bijna", "nog geen", "net geen", "krap", "onder de",
          "een kleine", "nagenoeg", "ruim minder dan", "iets minder dan")
      .addAll(Approx.AT_LEAST, "ten minste", "tenminste", "minstens", "minimaal", "zeker", "op zijn minst",
          "op z'n minst", "niet minder dan", "minimum", "zeker wel")
      .addAll(Approx.AT_MOST, "maximaal", "hooguit", "hoogstens", "ten hoogste", "op zijn hoogst",
          "op z'n hoogst", "niet meer dan", "maximum", "tot maximaal", "tot hooguit", "tot wel", "tot zelfs")
      .addAll(BETWEEN, "tussen", "tussen de");

  /** Words before a scale word that make it vague: enkele honderden, een paar duizend. */
  static final PhraseTable<Boolean> VAGUE_PREFIXES = new PhraseTable<Boolean>()
      .addAll(Boolean.TRUE, "enkele", "een paar", "vele", "ettelijke", "verscheidene", "meerdere",
          "een aantal", "enige");

  static final PhraseTable<Unit> UNITS = units();

  static final PhraseTable<Currency> CURRENCY_BEFORE = new PhraseTable<Currency>()
      .add("€", eur()).add("eur", eur()).add("$", usd()).add("us $", usd()).add("usd", usd())
      .add("£", new Currency("GBP", 1)).add("gbp", new Currency("GBP", 1))
      .add("¥", new Currency("JPY", 1)).add("jpy", new Currency("JPY", 1))
      .add("chf", new Currency("CHF", 1)).add("c $", new Currency("CAD", 1))
      .add("hk $", new Currency("HKD", 1)).add("ƒ", new Currency("NLG", 1))
      .add("fl", new Currency("NLG", 1)).add("fl .", new Currency("NLG", 1))
      .add("hfl", new Currency("NLG", 1));

  static final PhraseTable<Currency> CURRENCY_AFTER = currenciesAfter();

  static final Set<String> MONTHS = Set.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
      "augustus", "september", "oktober", "november", "december", "jan", "feb", "febr", "mrt", "apr", "jun",
      "jul", "aug", "sep", "sept", "okt", "nov", "dec");

  /** Nouns that make the number after them a name or a position: artikel 3, groep 7, de jaren 70. */
  static final Set<String> IDENTIFIER_NOUNS = words("""
      artikel artikelen art paragraaf hoofdstuk lid nummer nummers huisnummers havo vwo vmbo mavo atheneum
      gymnasium nr no pagina paginas blz bladzijde pag
      groep klas lijn buslijn tramlijn metrolijn spoor perron gate kamer zaal hal versie seizoen aflevering
      deel etappe ronde fase stap bijlage code postcode huisnummer cirkel niveau level
      categorie klasse divisie speeldag speelronde tafel rij vak afrit knooppunt route wet boek psalm vers
      titel sectie regel jaargang editie uitgave volume kanaal top plaats positie item bus tram lijst jaren
      anno pand huis kavel perceel box unit blok terminal pier peloton team cel sector zone type model
      serie format maat schaal""");

  static final Set<String> ABBREVIATED_IDENTIFIERS = Set.of("art", "nr", "no", "blz", "p", "pag", "tel",
      "fig", "afb", "hfst", "par");

  /** Words before {@code N uur} that make it a clock time. */
  static final Set<String> CLOCK_WORDS = Set.of("om", "omstreeks", "vanaf", "tegen", "rond", "sinds", "tot",
      "van", "tussen", "voor", "na", "uiterlijk", "stipt", "klokslag", "al");

  /** Words before a year-like number that make it a year (in 2017, sinds 1990, eind 2016). */
  static final Set<String> TEMPORAL_WORDS = words("""
      in sinds sedert vanaf van tot tussen na voor begin eind einde medio halverwege zomer winter voorjaar
      najaar lente herfst jaar en of rond omstreeks per anno uit tegen
      januari februari maart april mei juni juli augustus september oktober november december""");

  /** Nouns for people, for {@code een man van 45} and {@code twee mannen van 23 en 25 jaar}. */
  static final Set<String> PERSON_NOUNS = words("""
      man vrouw jongen meisje jongeman kind baby peuter kleuter tiener puber dader verdachte slachtoffer
      bestuurder automobilist chauffeur fietser motorrijder voetganger bewoner inwoner eigenaar agent
      militair soldaat strijder student leerling scholier patient persoon moeder vader zoon dochter broer
      zus zuster opa oma grootvader grootmoeder echtgenoot echtgenote partner weduwe weduwnaar bejaarde
      oudere jongere minderjarige vluchteling asielzoeker toerist gedetineerde gevangene arbeider
      werknemer medewerker buurman buurvrouw jongedame dame heer meneer mevrouw stadgenoot plaatsgenoot
      dorpsgenoot pleger overvaller inbreker
      mannen vrouwen jongens meisjes kinderen jongemannen tieners broers zussen zonen dochters verdachten
      slachtoffers daders inbrekers overvallers""");

  /** Words that end a noun phrase: articles, pronouns, prepositions, conjunctions, verbs, adverbs. */
  static final Set<String> FUNCTION_WORDS = words("""
      de het een 't der den des
      ik je jij u hij zij ze wij we jullie hen hun hem haar mij me ons onze mijn jouw uw zijn zich zichzelf
      er daar hier dit deze dat die wat wie welke welk waar waarvan waarin wiens elk elke ieder iedere
      alle al allen allemaal beide beiden geen niet nog wel ook maar zelfs zo toch nu dan reeds even pas
      slechts alleen enkel meer minder minst meest veel weinig te per zoveel zoals evenveel evenals
      in op aan van voor met bij naar uit over door om tot tegen na onder boven tussen zonder sinds vanaf
      via rond langs achter naast binnen buiten tijdens wegens dankzij volgens richting als omtrent
      vanuit vanwege jegens behalve ondanks nabij namens sedert gedurende inzake betreffende
      en of maar want dus doch noch omdat terwijl zodat hoewel indien nadat voordat toen totdat zodra
      waardoor waarmee waarop waaronder waaruit hetgeen ofwel oftewel
      is was waren ben bent zijn wordt worden werd werden geworden heb hebt heeft hebben had hadden gehad
      kan kun kunt kunnen kon konden zal zult zullen zou zouden moet moeten moest moesten mag mogen mocht
      mochten wil wilt willen wilde wilden wou gaat gaan ging gingen komt komen kwam kwamen blijft blijven
      bleef bleven staat staan stond stonden ligt liggen lag lagen zit zitten zat zaten doet doen deed
      deden krijgt krijgen kreeg kregen raakt raken raakte raakten valt vallen viel vielen sterft sterven
      stierf stierven overleed overleden verloor verloren vond vonden zag zagen ziet zien leek leken lijkt
      lijken loopt lopen liep liepen hield hielden houdt houden trok trokken nam namen neemt nemen gaf gaven
      geeft geven zegt zeggen zei zeiden meldt melden meldde meldden telt tellen telde telden kost kosten
      kostte kostten bedraagt bedroeg bedragen betaalt betaalde betaalden verdient verdiende verdienden
      bestaat bestond bestonden omvat omvatte telt woont woonde woonden werkt werkte werkten vertrok
      vertrokken verliet verlieten ontsnapten vluchtte vluchtten overleefden
      geleden lang oud hoog breed diep dik ver verder verderop verwijderd later eerder terug daarna
      daarvoor samen tegelijk tegelijkertijd groot klein zoveel ofzo achtereen achter elkaar
      elkaar lang per stuk apart tevoren voordien nadien ervan erbij ervoor daarvan daarbij hiervan
      sindsdien inmiddels intussen ongeveer circa ruim bijna minstens maximaal hooguit zowat zeker
      procent keer maal
      mee toe af uit weg terug heen neer voorbij los
      hoger lager langer korter verder dieper breder groter kleiner zwaarder lichter ouder jonger sneller
      trager duurder goedkoper minder meer eerder later vroeger""");

  /** Words that may stand between a number and its noun without being the noun: zwaar bewapende. */
  static final Set<String> MODIFIERS = words("""
      zeer erg heel zwaar licht hoog laag extra bijzonder uiterst net pas vers gouden houten zilveren
      stalen ijzeren koperen gestolen gebroken zogenaamd zogenoemd zogeheten ex voormalig""");

  /** Singular nouns ending in -e, so that they are not skipped as inflected adjectives. */
  static final Set<String> NOUNS_IN_E = words("""
      ziekte ronde boete lengte breedte hoogte diepte grootte kwestie reeks type prijsstijging stijging
      daling piste etappe poging ploeg bende""");

  /** Words after a number that mean {@code X-Y} was a sports score, not a range. */
  static final Set<String> SCORE_WORDS = words("""
      overwinning nederlaag zege winst verlies thuiszege uitzege stand eindstand ruststand uitslag score
      gelijkspel""");

  private Vocabulary() {}

  private static Currency eur() {
    return new Currency("EUR", 1);
  }

  private static Currency usd() {
    return new Currency("USD", 1);
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.copyOf(List.of(spaceSeparated.trim().split("\\s+")));
  }

  private static PhraseTable<Unit> units() {
    Unit km = new Unit("km", Kind.MEASURE);
    PhraseTable<Unit> t = new PhraseTable<>();
    t.addAll(km, "km", "kilometer", "kilometers");
    t.addAll(new Unit("km/h", Kind.MEASURE), "km / u", "km / h", "kilometer per uur", "km per uur");
    t.addAll(new Unit("m", Kind.MEASURE), "m", "meter", "meters", "strekkende meter");
    t.addAll(new Unit("cm", Kind.MEASURE), "cm", "centimeter", "centimeters");
    t.addAll(new Unit("mm", Kind.MEASURE), "mm", "millimeter", "millimeters");
    t.addAll(new Unit("km2", Kind.MEASURE), "km ²", "vierkante kilometer", "vierkante kilometers");
    t.addAll(new Unit("m2", Kind.MEASURE), "m ²", "vierkante meter", "vierkante meters");
    t.addAll(new Unit("m3", Kind.MEASURE), "m ³", "kubieke meter", "kuub");
    t.addAll(new Unit("ha", Kind.MEASURE), "ha", "hectare", "hectares");
    t.addAll(new Unit("kg", Kind.MEASURE), "kg", "kilo", "kilo's", "kilogram", "kilogrammen");
    t.addAll(new Unit("g", Kind.MEASURE), "gram", "grammen");
    t.addAll(new Unit("mg", Kind.MEASURE), "mg", "milligram");
    t.addAll(new Unit("ton", Kind.MEASURE), "ton", "tonnen");
    t.addAll(new Unit("l", Kind.MEASURE), "liter", "liters");
    t.addAll(new Unit("ml", Kind.MEASURE), "ml", "milliliter");
    t.addAll(new Unit("°", Kind.MEASURE), "graden", "°", "graad");
    t.addAll(new Unit("°C", Kind.MEASURE), "graden celsius", "° c", "°c", "graad celsius");
    t.addAll(new Unit("°F", Kind.MEASURE), "graden fahrenheit", "° f");
    t.addAll(new Unit("mijl", Kind.MEASURE), "mijl", "mijlen");
    t.addAll(new Unit("zeemijl", Kind.MEASURE), "zeemijl", "zeemijlen");
    t.addAll(new Unit("kW", Kind.MEASURE), "kw", "kilowatt");
    t.addAll(new Unit("MW", Kind.MEASURE), "mw", "megawatt");
    t.addAll(new Unit("GW", Kind.MEASURE), "gw", "gigawatt");
    t.addAll(new Unit("kWh", Kind.MEASURE), "kwh", "kilowattuur");
    t.addAll(new Unit("vat", Kind.MEASURE), "vat", "vaten", "barrel", "barrels");
    t.addAll(new Unit("%", Kind.PERCENTAGE), "procent", "%", "pct", "pct .", "percent");
    t.addAll(new Unit("procentpunt", Kind.PERCENTAGE), "procentpunt", "procentpunten");
    t.addAll(new Unit("jaar", Kind.DURATION), "jaar", "jaren");
    t.addAll(new Unit("maand", Kind.DURATION), "maand", "maanden");
    t.addAll(new Unit("week", Kind.DURATION), "week", "weken");
    t.addAll(new Unit("dag", Kind.DURATION), "dag", "dagen");
    t.addAll(new Unit("etmaal", Kind.DURATION), "etmaal", "etmalen");
    t.addAll(new Unit("nacht", Kind.DURATION), "nacht", "nachten");
    t.addAll(new Unit("uur", Kind.DURATION), "uur", "uren");
    t.addAll(new Unit("kwartier", Kind.DURATION), "kwartier");
    t.addAll(new Unit("minuut", Kind.DURATION), "minuut", "minuten");
    t.addAll(new Unit("seconde", Kind.DURATION), "seconde", "seconden");
    t.addAll(new Unit("eeuw", Kind.DURATION), "eeuw", "eeuwen");
    t.addAll(new Unit("decennium", Kind.DURATION), "decennium", "decennia");
    return t;
  }

  private static PhraseTable<Currency> currenciesAfter() {
    PhraseTable<Currency> t = new PhraseTable<>();
    t.addAll(eur(), "euro", "euro's", "eur", "€");
    t.addAll(new Currency("EUR", 0.01), "eurocent", "eurocenten", "cent", "cent");
    t.addAll(usd(), "dollar", "dollars", "usd", "$", "amerikaanse dollar", "amerikaanse dollars", "us-dollar",
        "us-dollars", "dollar 's");
    t.addAll(new Currency("USD", 0.01), "dollarcent", "dollarcents");
    t.addAll(new Currency("GBP", 1), "pond", "ponden", "britse pond", "britse ponden", "pond sterling", "gbp",
        "£");
    t.addAll(new Currency("JPY", 1), "yen", "japanse yen", "jpy");
    t.addAll(new Currency("CNY", 1), "yuan", "renminbi", "chinese yuan", "cny");
    t.addAll(new Currency("CHF", 1), "zwitserse frank", "zwitserse franken", "chf");
    t.addAll(new Currency("NLG", 1), "gulden", "guldens");
    t.addAll(new Currency("BEF", 1), "belgische frank", "belgische franken", "bef");
    t.addAll(new Currency("RUB", 1), "roebel", "roebels", "russische roebel", "russische roebels");
    t.addAll(new Currency("INR", 1), "roepie", "roepies", "indiase roepie", "indiase roepies");
    t.addAll(new Currency("IDR", 1), "roepia", "roepiah", "indonesische roepia");
    t.addAll(new Currency("TRY", 1), "lira", "turkse lira", "turkse liras");
    t.addAll(new Currency("SEK", 1), "zweedse kroon", "zweedse kronen", "sek");
    t.addAll(new Currency("NOK", 1), "noorse kroon", "noorse kronen", "nok");
    t.addAll(new Currency("DKK", 1), "deense kroon", "deense kronen", "dkk");
    t.addAll(new Currency("CZK", 1), "tsjechische kroon", "tsjechische kronen");
    t.addAll(new Currency("ISK", 1), "ijslandse kroon", "ijslandse kronen");
    t.addAll(new Currency("CAD", 1), "canadese dollar", "canadese dollars", "cad");
    t.addAll(new Currency("AUD", 1), "australische dollar", "australische dollars", "aud");
    t.addAll(new Currency("HKD", 1), "hongkongse dollar", "hongkongse dollars");
    t.addAll(new Currency("SGD", 1), "singaporese dollar", "singaporese dollars");
    t.addAll(new Currency("NZD", 1), "nieuw-zeelandse dollar", "nieuw-zeelandse dollars");
    t.addAll(new Currency("PLN", 1), "zloty", "zloty's", "poolse zloty");
    t.addAll(new Currency("HUF", 1), "forint", "hongaarse forint");
    t.addAll(new Currency("ZAR", 1), "rand", "zuid-afrikaanse rand");
    t.addAll(new Currency("BRL", 1), "braziliaanse real", "reais");
    t.addAll(new Currency("MXN", 1), "mexicaanse peso", "mexicaanse pesos");
    t.addAll(new Currency("ARS", 1), "argentijnse peso", "argentijnse pesos");
    t.addAll(new Currency("KRW", 1), "zuid-koreaanse won");
    t.addAll(new Currency("ILS", 1), "shekel", "sjekel", "shekels", "sjekels");
    t.addAll(new Currency("MAD", 1), "marokkaanse dirham");
    t.addAll(new Currency("AED", 1), "dirham", "dirhams");
    t.addAll(new Currency("SAR", 1), "saoedische rial", "riyal");
    t.addAll(new Currency("EGP", 1), "egyptisch pond", "egyptische pond", "egyptische ponden");
    return t;
  }
}
