package nl.kroniek.nlp.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Dutch verbs that report speech or writing, in all finite forms and the participle ({@code zeggen}: zeg,
 * zegt, zeggen, zei, zeiden, gezegd). A separable verb needs its particle in the clause ({@code liet X weten},
 * {@code legde uit}, {@code voegde eraan toe}); without it {@code liet} is no reporting verb ({@code die
 * zichzelf Abu Saad liet noemen}).
 */
final class ReportingVerbs {

  /** What a verb may introduce. */
  enum Kind {
    /** Speech or writing: direct quotes and indirect speech ({@code zegt dat}). */
    SPEECH,
    /** Manner of speaking ({@code reageerde}, {@code vroeg}, {@code riep}): direct quotes only. */
    MANNER,
    /** Opinion or expectation ({@code vindt}, {@code denkt}, {@code verwacht}): direct quotes only. */
    OPINION
  }

  /**
   * One verb form.
   *
   * @param lemma the infinitive ({@code laten weten})
   * @param particle the separable particle that must follow, or null
   * @param kind what it may introduce
   * @param plural a plural form ({@code zeiden}), whose pronoun subject is a group
   * @param info a verb that attributes information ({@code meldt}, {@code bevestigt}), so its subject is a
   *     cited source even for a direct quote
   * @param participle the past participle, which needs an auxiliary ({@code heeft gezegd})
   */
  record Verb(String lemma, String particle, Kind kind, boolean plural, boolean info, boolean participle) {}

  /**
   * Lemma, kind (S speech, M manner, O opinion; + I for information verbs), particle or -, then the forms:
   * present stem, present 3rd person, plural, past singular, past plural, participle (more forms may follow).
   */
  private static final String[] TABLE = {
      "zeggen S - zegt zeggen zei zeiden gezegd",
      "vertellen S - vertelt vertellen vertelde vertelden verteld",
      "verklaren S - verklaart verklaren verklaarde verklaarden verklaard",
      "stellen S - stelt stellen stelde stelden gesteld",
      "benadrukken S - benadrukt benadrukken benadrukte benadrukten benadrukt",
      "melden SI - meldt melden meldde meldden gemeld",
      "berichten SI - berichten berichtte berichtten",
      "schrijven SI - schrijft schrijven schreef schreven geschreven",
      "twitteren S - twittert twitteren twitterde twitterden getwitterd",
      "tweeten S - tweet tweette tweetten getweet tweeten",
      "waarschuwen S - waarschuwt waarschuwen waarschuwde waarschuwden gewaarschuwd",
      "antwoorden S - antwoordt antwoorden antwoordde antwoordden geantwoord",
      "erkennen SI - erkent erkennen erkende erkenden erkend",
      "ontkennen S - ontkent ontkennen ontkende ontkenden ontkend",
      "beamen SI - beaamt beamen beaamde beaamden beaamd",
      "noteren SI - noteert noteren noteerde noteerden genoteerd",
      "rapporteren SI - rapporteert rapporteren rapporteerde rapporteerden gerapporteerd",
      "aan_het_licht_brengen SI licht brengt brengen bracht brachten",
      "herhalen S - herhaalt herhalen herhaalde herhaalden herhaald",
      "vermelden S - vermeldt vermelden vermeldde vermeldden vermeld",
      "voorspellen S - voorspelt voorspellen voorspelde voorspelden voorspeld",
      "suggereren S - suggereert suggereren suggereerde suggereerden gesuggereerd",
      "toezeggen S toe zegt zeggen zegde zegden zei zeiden toegezegd",
      "aangeven S aan geeft geven gaf gaven aangegeven",
      "toebijten S toe bijt bijten beet beten toegebeten",
      "bevestigen SI - bevestigt bevestigen bevestigde bevestigden bevestigd",
      "concluderen S - concludeert concluderen concludeerde concludeerden geconcludeerd",
      "beweren S - beweert beweren beweerde beweerden beweerd",
      "onthullen SI - onthult onthullen onthulde onthulden onthuld",
      "beloven S - belooft beloven beloofde beloofden beloofd",
      "verzekeren S - verzekert verzekeren verzekerde verzekerden verzekerd",
      "betogen S - betoogt betogen betoogde betoogden betoogd",
      "constateren O - constateert constateren constateerde constateerden geconstateerd",
      "zweren S - zweert zweren zwoer zwoeren gezworen",
      "onderstrepen S - onderstreept onderstrepen onderstreepte onderstreepten onderstreept",
      "beklemtonen S - beklemtoont beklemtonen beklemtoonde beklemtoonden beklemtoond",
      "opperen S - oppert opperen opperde opperden geopperd",
      "getuigen S - getuigt getuigde getuigden getuigd",
      "bekennen S - bekent bekennen bekende bekenden",
      "mailen S - mailt mailen mailde mailden gemaild",
      "publiceren SI - publiceert publiceren publiceerde publiceerden gepubliceerd",
      "aankondigen S aan kondigt kondigen kondigde kondigden aangekondigd",
      "laten_weten S weten laat laten liet lieten",
      "uitleggen S uit legt leggen legde legden uitgelegd",
      "toevoegen S toe voegt voegen voegde voegden toegevoegd",
      "opmerken S op merkt merken merkte merkten opgemerkt",
      "aanvullen S aan vult vullen vulde vulden aangevuld",
      "toegeven SI toe geeft geven gaf gaven toegegeven",
      "toelichten S toe licht lichten lichtte lichtten toegelicht",
      "vaststellen O vast stelt stellen stelde stelden vastgesteld",
      "meedelen S mee deelt delen deelde deelden meegedeeld",
      "bekendmaken S bekend maakt maken maakte maakten bekendgemaakt",
      "reageren M - reageert reageren reageerde reageerden gereageerd",
      "vragen M - vraagt vragen vroeg vroegen gevraagd",
      "roepen S - roept roepen riep riepen geroepen",
      "uitroepen M uit roept roepen riep riepen uitgeroepen",
      "zuchten M - zucht zuchten zuchtte zuchtten gezucht",
      "verzuchten M - verzucht verzuchten verzuchtte verzuchtten",
      "lachen M - lacht lachen lachte lachten gelachen",
      "grappen M - grapt grappen grapte grapten gegrapt",
      "fluisteren M - fluistert fluisteren fluisterde fluisterden gefluisterd",
      "schreeuwen M - schreeuwt schreeuwen schreeuwde schreeuwden geschreeuwd",
      "vervolgen M - vervolgt vervolgen vervolgde vervolgden",
      "klagen M - klaagt klagen klaagde klaagden geklaagd",
      "mopperen M - moppert mopperen mopperde mopperden",
      "glimlachen M - glimlacht glimlachen glimlachte glimlachten",
      "knikken M - knikt knikken knikte knikten",
      "sneren M - sneert sneren sneerde sneerden",
      "besluiten O - besluit besluiten besloot besloten",
      "citeren M - citeert citeren citeerde citeerden geciteerd",
      "oordelen O - oordeelt oordelen oordeelde oordeelden geoordeeld",
      "adviseren M - adviseert adviseren adviseerde adviseerden geadviseerd",
      "pleiten M - pleit pleiten pleitte pleitten gepleit",
      "eisen S - eist eisen eiste eisten geëist",
      "relativeren M - relativeert relativeren relativeerde relativeerden",
      "verduidelijken M - verduidelijkt verduidelijken verduidelijkte verduidelijkten",
      "preciseren M - preciseert preciseren preciseerde preciseerden",
      "analyseren M - analyseert analyseren analyseerde analyseerden",
      "verwijten M - verwijt verwijten verweet verweten",
      "opsommen M op somt sommen somde somden",
      "vinden O - vindt vinden vond vonden",
      "denken O - denkt denken dacht dachten",
      "menen O - meent menen meende meenden",
      "verwachten O - verwacht verwachten verwachtte verwachtten",
      "hopen O - hoopt hopen hoopte hoopten",
      "vrezen O - vreest vrezen vreesde vreesden",
      "geloven O - gelooft geloven geloofde geloofden",
      "weten O - weet weten wist wisten",
      "twijfelen O - twijfelt twijfelen twijfelde twijfelden",
  };

  /** Particles written as one word with the verb in a subordinate clause ({@code toegaf}, {@code aankondigde}). */
  private static final Set<String> GLUED_PARTICLES = Set.of("aan", "toe", "uit", "op", "mee",
      "vast", "bekend");

  private static final Map<String, Verb[]> FORMS = build();

  private ReportingVerbs() {}

  /** The reporting verbs that the lower-case word can be, or an empty array. */
  static Verb[] lookup(String lower) {
    Verb[] v = FORMS.get(lower);
    return v == null ? NONE : v;
  }

  /** True for a form of any reporting verb, with or without a particle. */
  static boolean isForm(String lower) {
    return FORMS.containsKey(lower);
  }

  private static final Verb[] NONE = new Verb[0];

  private static Map<String, Verb[]> build() {
    Map<String, Verb[]> map = new HashMap<>();
    for (String line : TABLE) {
      String[] f = line.split(" ");
      int k = 0;
      String lemma = f[k++].replace('_', ' '); // "laten_weten": a lemma of several words
      String kinds = f[k++];
      String particle = f[k].equals("-") ? null : f[k];
      k++;
      Kind kind = switch (kinds.charAt(0)) {
        case 'S' -> Kind.SPEECH;
        case 'M' -> Kind.MANNER;
        default -> Kind.OPINION;
      };
      boolean info = kinds.indexOf('I') >= 0;
      for (; k < f.length; k++) {
        String form = f[k];
        boolean participle = isParticiple(form, particle);
        // A participle of a separable verb carries its particle ("aangekondigd"), so needs none after it.
        add(map, form, new Verb(lemma, participle ? null : particle, kind, !participle && form.endsWith("en"), info,
            participle));
        if (!participle && particle != null && GLUED_PARTICLES.contains(particle)) {
          // in a subordinate clause the particle is glued to the finite verb: "hoewel hij toegaf dat"
          add(map, particle + form, new Verb(lemma, null, kind, form.endsWith("en"), info, false));
        }
      }
    }
    return Map.copyOf(map);
  }

  private static void add(Map<String, Verb[]> map, String form, Verb verb) {
    Verb[] old = map.get(form);
    if (old == null) {
      map.put(form, new Verb[] {verb});
    } else {
      Verb[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = verb;
      map.put(form, grown);
    }
  }

  /** {@code gezegd}, {@code verteld} is not one (it reads as a finite form, which does no harm). */
  private static boolean isParticiple(String form, String particle) {
    if (particle != null && form.startsWith(particle) && form.length() > particle.length() + 2) {
      return true;
    }
    return form.startsWith("ge") && form.length() > 5 && !form.startsWith("getuigt")
        && !form.startsWith("getuigde") && !form.equals("geven") && !form.equals("geeft")
        && (form.endsWith("d") || form.endsWith("t") || form.endsWith("en"));
  }
}
