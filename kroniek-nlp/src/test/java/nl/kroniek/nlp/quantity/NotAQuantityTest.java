package nl.kroniek.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and words that are not quantities or money: nothing may be extracted from these sentences. */
class NotAQuantityTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "In 2017 veranderde alles.",
      "De wet stamt uit 2016 en werd in 1998 voorbereid.",
      "Tussen 2015 en 2018 groeide de stad.",
      "In de periode 2014-2018 verdubbelde het aantal.",
      "Het gebeurde op 15 oktober in Raqqa.",
      "Op 15 en 16 oktober is het museum dicht.",
      "De datum 15-10-2017 staat op het briefje.",
      "De trein vertrekt om 15.30 uur uit Utrecht.",
      "We spreken af om 15:30 bij het station.",
      "Het begint om drie uur 's middags.",
      "Het loket is open van 9 tot 17 uur.",
      "Bel 020-1234567 voor een afspraak.",
      "Bel 06 12345678 of +31 20 765 4321.",
      "Lees artikel 3 van de Grondwet.",
      "Zie art. 12 en nr. 5 op blz. 40.",
      "Ze woont op Kerkstraat 12 in Delft.",
      "De Boeing 737 landde veilig.",
      "De derde man zei niets.",
      "Hij eindigde als 1e en zijn broer als 21ste.",
      "Ajax won met 2-1 van Feyenoord.",
      "Een man liep de winkel in.",
      "Enkele buurtbewoners zagen veel rook, sommige mensen niets.",
      "De F-16 en de MH17 werden genoemd, net als COVID-19.",
      "In de jaren 70 en de jaren tachtig was het anders.",
      "Twee derde van de kiezers bleef thuis.",
      "Ik acht het onwaarschijnlijk.",
      "Hij woont in groep 7 van de basisschool.",
      "Het 3-sterrenhotel ligt aan zee.",
      "Zijn postcode is 1234 AB.",
      "Het IP-adres 192.168.1.1 werd geblokkeerd.",
      "Hij rekende 24/7 door.",
      "In '98 ging het mis.",
      "Hij is in 3D gefilmd en gebruikt 5G.",
      "1. Inleiding",
      "Om tien over vijf begon het debat.",
      "Om tien over half zes was het voorbij.",
      "In de nacht van 12 op 13 juli 2014 ging het mis.",
      "Ze speelt in havo 3 en woont in de jaren 30-wijk.",
  })
  void nothingIsExtracted(String sentence) {
    NumericFacts facts = NumericFacts.extract(sentence);
    assertThat(facts.quantities()).as(sentence).isEmpty();
    assertThat(facts.money()).as(sentence).isEmpty();
  }
}
