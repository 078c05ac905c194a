package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "de Guardian|The Guardian", "Guardian|The Guardian", "'The Guardian'|The Guardian",
      "New York Times|The New York Times", "de New York Times|The New York Times",
      "Volkskrant|de Volkskrant", "de Volkskrant|de Volkskrant", "De Telegraaf|De Telegraaf",
      "Telegraaf|De Telegraaf", "NRC Handelsblad|NRC", "nos|NOS", "het AD|Algemeen Dagblad",
      "Parool|Het Parool", "HLN|Het Laatste Nieuws", "Spiegel|Der Spiegel", "de BBC|BBC",
      "persbureau-achtig onbekend|persbureau-achtig onbekend", "de autoriteiten|autoriteiten",
      "het Openbaar Ministerie|Openbaar Ministerie", "De Standaard|De Standaard", "Washington  Post|The Washington Post"})
  void normalize(String written, String expected) {
    assertThat(Outlets.normalize(written)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"de Guardian,true", "BBC,true", "Reuters,true", "Jan Jansen,false", "politie,false"})
  void isKnown(String name, boolean known) {
    assertThat(Outlets.isKnown(name)).isEqualTo(known);
  }
}
