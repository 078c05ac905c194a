package nl.kroniek.nlp.quote;

import java.util.Arrays;
import java.util.Set;

/**
 * Common Dutch nouns for people ({@code buurman}, {@code woordvoerder}, {@code verdachte}), so that an unnamed
 * sentence subject ({@code Een buurman rende naar buiten.}) can be taken as the speaker of the quote after it,
 * while {@code Het water kwam binnen een uur.} cannot. Compounds count by their last part ({@code
 * politiewoordvoerder}, {@code koperexpert}); plurals by their singular ({@code bewoners}, {@code omwonenden}).
 */
final class PersonNouns {

  private PersonNouns() {}

  private static final Set<String> NOUNS = Set.copyOf(Arrays.asList(
      // people in general, family, neighbours
      "man", "vrouw", "jongen", "meisje", "kind", "jongere", "tiener", "puber", "baby", "moeder", "vader",
      "zoon", "dochter", "broer", "zus", "zuster", "oma", "opa", "ouder", "echtgenoot", "echtgenote", "partner",
      "oom", "tante", "neef", "nicht", "zwager", "schoonzus", "schoonmoeder", "schoonvader", "grootvader",
      "grootmoeder", "kleinzoon", "kleindochter", "stiefvader", "stiefmoeder", "vriendje", "vriendinnetje",
      "vriend", "vriendin", "buurman", "buurvrouw", "buur", "bewoner", "bewoonster", "omwonende", "inwoner",
      "inwoonster", "burger", "bekende", "kennis", "familielid", "nabestaande", "weduwe", "weduwnaar",
      "gepensioneerde", "oud-collega", "collega", "dorpsgenoot", "stadgenoot", "buurtgenoot", "persoon",
      // work
      "eigenaar", "eigenares", "ondernemer", "winkelier", "boer", "boerin", "visser", "tuinder", "hovenier",
      "makelaar", "bankier", "belegger", "manager", "directeur", "directrice", "medewerker", "medewerkster",
      "werknemer", "werkgever", "ambtenaar", "woordvoerder", "woordvoerster", "zegsman", "zegsvrouw",
      "voorlichter", "voorlichtster", "bestuurder", "voorzitter", "voorzitster", "topman", "topvrouw", "baas",
      "chef", "kok", "ober", "kapper", "bakker", "slager", "aannemer", "architect", "ontwerper", "ingenieur",
      "programmeur", "analist", "adviseur", "adviseuse", "consultant", "accountant", "notaris", "curator",
      "bewaker", "beveiliger", "portier", "conducteur", "machinist", "chauffeur", "piloot", "matroos",
      "kapitein", "stuurman", "bemanningslid", "vrijwilliger", "vrijwilligster", "stagiair", "stagiaire",
      "huurder", "verhuurder", "verkoper", "verkoopster", "klant", "consument", "expert", "deskundige",
      "specialist", "econoom", "psycholoog", "historicus", "archeoloog", "wetenschapper", "onderzoeker",
      "onderzoekster", "hoogleraar", "professor", "docent", "docente", "leraar", "lerares", "juf", "meester",
      "student", "studente", "scholier", "leerling", "arts", "dokter", "huisarts", "chirurg", "verpleegkundige",
      "verpleger", "verpleegster", "zorgmedewerker", "hulpverlener", "psychiater", "dierenarts",
      "journalist", "verslaggever", "verslaggeefster", "fotograaf", "schrijver", "schrijfster", "dichter",
      "kunstenaar", "kunstenares", "zanger", "zangeres", "acteur", "actrice", "muzikant", "regisseur",
      "presentator", "presentatrice",
      // public life, justice, security
      "minister", "staatssecretaris", "premier", "president", "burgemeester", "wethouder", "gedeputeerde",
      "raadslid", "kamerlid", "statenlid", "politicus", "politica", "bewindsman", "bewindsvrouw",
      "staatshoofd", "ambassadeur", "diplomaat", "consul", "gouverneur", "senator", "koning", "koningin",
      "prins", "prinses", "paus", "priester", "dominee", "pastoor", "imam", "rabbijn", "bisschop",
      "agent", "agente", "politieagent", "rechercheur", "inspecteur", "officier", "aanklager", "rechter",
      "griffier", "advocaat", "advocate", "raadsman", "raadsvrouw", "verdachte", "dader", "overvaller",
      "inbreker", "schutter", "crimineel", "dealer", "slachtoffer", "getuige", "ooggetuige", "gedupeerde",
      "benadeelde", "betrokkene", "ingewijde", "bron", "politiebron", "informant", "patiënt", "patiente",
      "militair", "soldaat", "commandant", "generaal", "kolonel", "majoor", "luitenant", "sergeant",
      "brandweerman", "brandweervrouw", "ambulancemedewerker", "demonstrant", "betoger", "actievoerder",
      "activist", "vluchteling", "asielzoeker", "migrant", "gevangene", "gedetineerde",
      // sport, traffic, leisure
      "trainer", "coach", "bondscoach", "speler", "speelster", "keeper", "doelman", "verdediger", "aanvaller",
      "middenvelder", "spits", "aanvoerder", "supporter", "scheidsrechter", "renner", "schaatser", "atleet",
      "sporter", "automobilist", "fietser", "voetganger", "motorrijder", "reiziger", "passagier", "bezoeker",
      "toerist", "gast", "gastheer", "gastvrouw", "kiezer", "lid", "fan", "mannen", "kinderen", "mensen", "lieden",
      "ouders"));

  /** A person noun, its compound or its plural; {@code lower} is the lower-case head noun. */
  static boolean isPersonNoun(String lower) {
    if (lower == null || lower.isEmpty()) {
      return false;
    }
    if (lower.endsWith("-jarige") || lower.endsWith("jarige") && lower.length() > 6) {
      return true; // "de 26-jarige", "een twintigjarige"
    }
    return known(lower) || lower.endsWith("en") && known(lower.substring(0, lower.length() - 2))
        || lower.endsWith("n") && known(lower.substring(0, lower.length() - 1))
        || lower.endsWith("s") && known(lower.substring(0, lower.length() - 1))
        || lower.endsWith("'s") && known(lower.substring(0, lower.length() - 2));
  }

  /** A plural person noun ({@code getuigen}, {@code bewoners}), not a singular one ending alike. */
  static boolean isPlural(String lower) {
    if (lower == null || known(lower) && !lower.equals("mensen") && !lower.equals("ouders") && !lower.equals("lieden")
        && !lower.equals("mannen") && !lower.equals("kinderen")) {
      return false;
    }
    return isPersonNoun(lower);
  }

  /** The word or, for a compound, its last part of six letters or more ({@code koperexpert}). */
  private static boolean known(String w) {
    if (NOUNS.contains(w)) {
      return true;
    }
    for (int cut = 1; cut + 6 <= w.length(); cut++) {
      String tail = w.substring(cut);
      if (NOUNS.contains(tail)) {
        return true;
      }
    }
    return false;
  }
}
