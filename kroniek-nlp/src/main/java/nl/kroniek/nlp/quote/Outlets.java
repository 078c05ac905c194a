package nl.kroniek.nlp.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.kroniek.nlp.token.TokenText;

/**
 * Normalises the names of news outlets and press agencies: {@code de Guardian} → {@code The Guardian},
 * {@code Volkskrant} → {@code de Volkskrant}, {@code New York Times} → {@code The New York Times},
 * {@code NRC Handelsblad} → {@code NRC}. Names not in the table lose a leading lower-case article
 * ({@code de autoriteiten} → {@code autoriteiten}) and surrounding quote marks, and keep their spelling.
 */
public final class Outlets {

  /** Canonical name, then aliases; matching ignores case, accents' typography and a leading article. */
  private static final String[][] TABLE = {
      // Netherlands
      {"NOS", "NOS Journaal", "NOS Nieuws", "nos.nl"},
      {"RTL Nieuws", "RTL", "rtlnieuws.nl"},
      {"NU.nl", "nu.nl", "NUnl"},
      {"de Volkskrant", "Volkskrant", "VK"},
      {"De Telegraaf", "Telegraaf"},
      {"NRC", "NRC Handelsblad", "NRC Next", "nrc.next"},
      {"Trouw"},
      {"Het Parool", "Parool"},
      {"Algemeen Dagblad", "AD", "AD.nl"},
      {"Het Financieele Dagblad", "Financieele Dagblad", "FD"},
      {"ANP", "Algemeen Nederlands Persbureau"},
      {"De Gelderlander", "Gelderlander"},
      {"Tubantia", "Dagblad Tubantia"},
      {"BN DeStem", "BN De Stem"},
      {"PZC", "Provinciale Zeeuwse Courant"},
      {"Brabants Dagblad"},
      {"Eindhovens Dagblad", "ED"},
      {"De Stentor", "Stentor"},
      {"Leeuwarder Courant", "LC"},
      {"Dagblad van het Noorden", "DvhN"},
      {"Noordhollands Dagblad"},
      {"Haarlems Dagblad"},
      {"Leidsch Dagblad"},
      {"De Limburger", "Dagblad De Limburger", "Limburger"},
      {"Reformatorisch Dagblad", "RD"},
      {"Nederlands Dagblad", "ND"},
      {"Metro"},
      {"Elsevier Weekblad", "Elsevier", "EW"},
      {"De Groene Amsterdammer", "Groene Amsterdammer"},
      {"Vrij Nederland"},
      {"De Correspondent", "Correspondent"},
      {"Follow the Money", "FTM"},
      {"GeenStijl"},
      {"Omroep Brabant"},
      {"Omroep West"},
      {"RTV Noord"},
      {"AT5"},
      {"EenVandaag"},
      {"Nieuwsuur"},
      {"Zembla"},
      {"Argos"},
      {"Pointer"},
      {"BNR", "BNR Nieuwsradio"},
      {"NPO Radio 1", "Radio 1"},
      {"Omroep Max"},
      {"WNL"},
      {"Investico"},
      {"Quote"},
      // Belgium
      {"VRT NWS", "VRT", "VRT Nieuws"},
      {"De Standaard", "Standaard"},
      {"Het Nieuwsblad", "Nieuwsblad"},
      {"Het Laatste Nieuws", "HLN", "Laatste Nieuws"},
      {"De Morgen", "Morgen"},
      {"Gazet van Antwerpen", "GvA"},
      {"Het Belang van Limburg", "Belang van Limburg", "HBVL"},
      {"De Tijd"},
      {"Knack"},
      {"Belga"},
      {"RTBF"},
      {"Le Soir"},
      {"La Libre Belgique", "La Libre"},
      {"VTM Nieuws", "VTM"},
      // International
      {"BBC", "BBC News", "British Broadcasting Corporation"},
      {"CNN"},
      {"Reuters", "Thomson Reuters"},
      {"Associated Press", "AP"},
      {"AFP", "Agence France-Presse", "Agence France Presse"},
      {"dpa", "DPA", "Deutsche Presse-Agentur"},
      {"Bloomberg", "Bloomberg News"},
      {"The Guardian", "Guardian"},
      {"The Observer", "Observer"},
      {"The New York Times", "New York Times", "NYT"},
      {"The Washington Post", "Washington Post"},
      {"The Wall Street Journal", "Wall Street Journal", "WSJ"},
      {"Los Angeles Times", "LA Times"},
      {"USA Today"},
      {"The Times", "Times"},
      {"The Sunday Times", "Sunday Times"},
      {"The Independent", "Independent"},
      {"The Daily Telegraph", "Daily Telegraph", "The Telegraph"},
      {"Financial Times", "FT", "The Financial Times"},
      {"The Economist", "Economist"},
      {"Daily Mail", "The Daily Mail", "Mail Online"},
      {"The Sun"},
      {"Sky News"},
      {"ITV News", "ITV"},
      {"Channel 4 News", "Channel 4"},
      {"Politico"},
      {"Axios"},
      {"Fox News"},
      {"NBC News", "NBC"},
      {"ABC News", "ABC"},
      {"CBS News"},
      {"NPR"},
      {"The Atlantic"},
      {"The New Yorker", "New Yorker"},
      {"Time", "Time Magazine"},
      {"Newsweek"},
      {"BuzzFeed News", "BuzzFeed"},
      {"Vice", "Vice News"},
      {"Der Spiegel", "Spiegel", "Spiegel Online"},
      {"Die Zeit", "Zeit"},
      {"Bild", "Bild-Zeitung", "Bild Zeitung"},
      {"Süddeutsche Zeitung", "Süddeutsche"},
      {"Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine", "FAZ"},
      {"Die Welt", "Welt"},
      {"Le Monde"},
      {"Le Figaro", "Figaro"},
      {"Libération"},
      {"El País", "El Pais"},
      {"El Mundo"},
      {"La Repubblica", "Repubblica"},
      {"Corriere della Sera"},
      {"Al Jazeera"},
      {"Al Arabiya"},
      {"Haaretz"},
      {"The Jerusalem Post", "Jerusalem Post"},
      {"The Times of Israel", "Times of Israel"},
      {"TASS", "Tass"},
      {"RIA Novosti"},
      {"Interfax"},
      {"Xinhua", "Chinees persbureau Xinhua"},
      {"Anadolu", "Anadolu Agency"},
      {"ANSA"},
      {"EFE"},
      {"Kyodo"},
      {"Yonhap"},
      {"The Hill"},
      {"Le Parisien"},
      {"Reporters Without Borders", "RSF"},
  };

  private static final Map<String, String> CANONICAL = build();

  private Outlets() {}

  /**
   * The normalised name: the table's canonical name for a known outlet, otherwise the name without a leading
   * lower-case article and quote marks, whitespace collapsed.
   */
  public static String normalize(String name) {
    String cleaned = clean(name);
    String known = CANONICAL.get(key(cleaned));
    if (known != null) {
      return known;
    }
    String stripped = stripLowerArticle(cleaned);
    return stripped.isEmpty() ? cleaned : stripped;
  }

  /** True for a name in the outlet table ({@code de Guardian}, {@code BBC}, {@code NRC Handelsblad}). */
  public static boolean isKnown(String name) {
    return CANONICAL.containsKey(key(clean(name)));
  }

  private static String clean(String name) {
    String s = name.strip().replaceAll("\\s+", " ");
    while (!s.isEmpty() && isQuoteMark(s.charAt(0))) {
      s = s.substring(1).strip();
    }
    while (!s.isEmpty() && isQuoteMark(s.charAt(s.length() - 1))) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private static boolean isQuoteMark(char c) {
    return "\"'\u2018\u2019\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A".indexOf(c) >= 0;
  }

  private static String stripLowerArticle(String s) {
    for (String article : new String[] {"de ", "het ", "'t ", "\u2019t "}) {
      if (s.startsWith(article)) {
        return s.substring(article.length()).strip();
      }
    }
    return s;
  }

  private static String key(String s) {
    String k = TokenText.fold(s);
    for (String article : new String[] {"de ", "het ", "'t ", "the "}) {
      if (k.startsWith(article) && k.length() > article.length()) {
        k = k.substring(article.length());
        break;
      }
    }
    return k.replace('-', ' ').toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> build() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : TABLE) {
      for (String alias : row) {
        map.putIfAbsent(key(alias), row[0]);
      }
    }
    return Map.copyOf(map);
  }
}
