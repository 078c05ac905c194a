package nl.kroniek.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import nl.kroniek.model.fact.Quantity;
import org.junit.jupiter.api.Test;

/** One test per construction of the product issue, on sentences written for these tests. */
class QuantityExtractorTest {

  private final QuantityExtractor extractor = new QuantityExtractor();

  private List<Quantity> extract(String text) {
    List<Quantity> quantities = extractor.extract(text);
    for (Quantity q : quantities) {
      assertThat(text.substring(q.start(), q.end())).as("span of %s", q).isEqualTo(q.text());
    }
    return quantities;
  }

  private Quantity only(String text) {
    List<Quantity> quantities = extract(text);
    assertThat(quantities).as("quantities in: %s", text).hasSize(1);
    return quantities.get(0);
  }

  @Test
  void digitsWithThousandsDot() {
    Quantity q = only("Bij de ramp kwamen 3.500 inwoners om.");
    assertThat(q.text()).isEqualTo("3.500 inwoners");
    assertThat(q.value()).isEqualTo(3500.0);
    assertThat(q.low()).isEqualTo(3500.0);
    assertThat(q.high()).isEqualTo(3500.0);
    assertThat(q.approx()).isNull();
    assertThat(q.about()).isEqualTo("inwoners");
    assertThat(q.kind()).isEqualTo(Kind.COUNT);
    assertThat(q.unit()).isNull();
  }

  @Test
  void decimalCommaAndMillions() {
    assertThat(only("De provincie telt 1.700.000 inwoners.").value()).isEqualTo(1_700_000.0);
    Quantity q = only("Er wonen 2,5 miljoen mensen in de regio.");
    assertThat(q.value()).isEqualTo(2_500_000.0);
    assertThat(q.about()).isEqualTo("mensen");
    assertThat(q.text()).isEqualTo("2,5 miljoen mensen");
  }

  @Test
  void numberWords() {
    assertThat(only("Er stonden vijftig tenten op het plein.").value()).isEqualTo(50.0);
    assertThat(only("Het ging om tweehonderdvijftig dossiers.").value()).isEqualTo(250.0);
    assertThat(only("Hij telde drieëntwintig schapen.").value()).isEqualTo(23.0);
    assertThat(only("Er kwamen duizend mensen op af.").value()).isEqualTo(1000.0);
    assertThat(only("Het kost drie miljard aan investeringen.").value()).isEqualTo(3e9);
  }

  @Test
  void halvesAndDozen() {
    Quantity halfYear = only("Dat duurde een half jaar.");
    assertThat(halfYear.value()).isEqualTo(0.5);
    assertThat(halfYear.unit()).isEqualTo("jaar");
    assertThat(only("Ze kocht een dozijn eieren.").value()).isEqualTo(12.0);
    assertThat(only("Hij wachtte anderhalve maand.").value()).isEqualTo(1.5);
  }

  @Test
  void rangeWithTot() {
    Quantity q = only("De stoet was zes tot zeven kilometer lang.");
    assertThat(q.text()).isEqualTo("zes tot zeven kilometer");
    assertThat(q.value()).isNull();
    assertThat(q.low()).isEqualTo(6.0);
    assertThat(q.high()).isEqualTo(7.0);
    assertThat(q.unit()).isEqualTo("km");
    assertThat(q.kind()).isEqualTo(Kind.MEASURE);
    assertThat(q.about()).isNull();
  }

  @Test
  void rangeWithAccentA() {
    Quantity q = only("Er waren 20 à 30 agenten op de been.");
    assertThat(q.low()).isEqualTo(20.0);
    assertThat(q.high()).isEqualTo(30.0);
    assertThat(q.about()).isEqualTo("agenten");
  }

  @Test
  void rangeWithTussen() {
    Quantity q = only("Tussen 10 en 15 mensen raakten gewond.");
    assertThat(q.text()).isEqualTo("Tussen 10 en 15 mensen");
    assertThat(q.low()).isEqualTo(10.0);
    assertThat(q.high()).isEqualTo(15.0);
  }

  @Test
  void rangeWithDash() {
    Quantity q = only("Per dag komen er 10-15 aanvragen binnen.");
    assertThat(q.text()).isEqualTo("10-15 aanvragen");
    assertThat(q.low()).isEqualTo(10.0);
    assertThat(q.high()).isEqualTo(15.0);
  }

  @Test
  void rangeSharesTheScale() {
    Quantity q = only("Het gaat om 2 tot 3 miljoen bezoekers.");
    assertThat(q.low()).isEqualTo(2e6);
    assertThat(q.high()).isEqualTo(3e6);
  }

  @Test
  void aboutHedges() {
    for (String hedge : List.of("zo'n", "ongeveer", "circa", "ca.", "rond de", "naar schatting", "pakweg")) {
      Quantity q = only("Er waren " + hedge + " 250 strijders.");
      assertThat(q.text()).isEqualTo(hedge + " 250 strijders");
      assertThat(q.approx()).as(hedge).isEqualTo(Approx.ABOUT);
      assertThat(q.low()).isEqualTo(250.0);
      assertThat(q.high()).isEqualTo(250.0);
    }
  }

  @Test
  void moreThanHedges() {
    for (String hedge : List.of("meer dan", "ruim")) {
      Quantity q = only("Er waren " + hedge + " honderd voertuigen.");
      assertThat(q.approx()).as(hedge).isEqualTo(Approx.MORE_THAN);
      assertThat(q.value()).isEqualTo(100.0);
      assertThat(q.low()).isEqualTo(100.0);
      assertThat(q.high()).isNull();
    }
  }

  @Test
  void lessThanHedges() {
    for (String hedge : List.of("minder dan", "bijna", "nog geen")) {
      Quantity q = only("Er kwamen " + hedge + " 40 bezoekers.");
      assertThat(q.approx()).as(hedge).isEqualTo(Approx.LESS_THAN);
      assertThat(q.low()).isNull();
      assertThat(q.high()).isEqualTo(40.0);
    }
  }

  @Test
  void atLeastAndAtMostHedges() {
    for (String hedge : List.of("ten minste", "minstens", "minimaal")) {
      Quantity q = only("Er vielen " + hedge + " 12 doden.");
      assertThat(q.approx()).as(hedge).isEqualTo(Approx.AT_LEAST);
      assertThat(q.low()).isEqualTo(12.0);
      assertThat(q.high()).isNull();
    }
    for (String hedge : List.of("maximaal", "hooguit", "hoogstens")) {
      Quantity q = only("Er mogen " + hedge + " 30 gasten komen.");
      assertThat(q.approx()).as(hedge).isEqualTo(Approx.AT_MOST);
      assertThat(q.low()).isNull();
      assertThat(q.high()).isEqualTo(30.0);
    }
  }

  @Test
  void vagueMagnitudesTakeTheLowerBound() {
    record Case(String text, double value, String about) {}
    for (Case c : List.of(new Case("tientallen buitenlandse strijders", 10, "strijders"),
        new Case("honderden betogers", 100, "betogers"), new Case("duizenden fans", 1000, "fans"),
        new Case("tienduizenden vluchtelingen", 10_000, "vluchtelingen"),
        new Case("miljoenen kijkers", 1e6, "kijkers"), new Case("enkele honderden agenten", 100, "agenten"))) {
      Quantity q = only("Er kwamen " + c.text() + " naar de stad.");
      assertThat(q.text()).isEqualTo(c.text());
      assertThat(q.value()).as(c.text()).isEqualTo(c.value());
      assertThat(q.low()).isEqualTo(c.value());
      assertThat(q.high()).isNull();
      assertThat(q.approx()).isEqualTo(Approx.VAGUE);
      assertThat(q.about()).isEqualTo(c.about());
    }
  }

  @Test
  void countedNounSkipsAdjectives() {
    assertThat(only("Volgens hem hebben 300 voormalige IS-aanhangers een kamp gesticht.").about())
        .isEqualTo("IS-aanhangers");
    Quantity q = only("Vier Saoedische strijders kwamen aan.");
    assertThat(q.text()).isEqualTo("Vier Saoedische strijders");
    assertThat(q.about()).isEqualTo("strijders");
    assertThat(only("Er stonden vijftig zwaar bewapende agenten klaar.").about()).isEqualTo("agenten");
  }

  @Test
  void countWithoutNoun() {
    Quantity q = only("Het dodental steeg gisteren tot 13.");
    assertThat(q.value()).isEqualTo(13.0);
    assertThat(q.about()).isNull();
    assertThat(q.kind()).isEqualTo(Kind.COUNT);
    assertThat(only("Hij werd twaalf keer gearresteerd.").text()).isEqualTo("twaalf keer");
  }

  @Test
  void units() {
    record Case(String text, String unit) {}
    for (Case c : List.of(new Case("12 km", "km"), new Case("12 kilometer", "km"), new Case("40 meter", "m"),
        new Case("80 kilo", "kg"), new Case("5 ton", "ton"), new Case("200 liter", "l"),
        new Case("35 graden", "°"), new Case("35 graden Celsius", "°C"), new Case("8 hectare", "ha"),
        new Case("130 kilometer per uur", "km/h"))) {
      Quantity q = only("Het ging om " + c.text() + ".");
      assertThat(q.text()).isEqualTo(c.text());
      assertThat(q.unit()).as(c.text()).isEqualTo(c.unit());
      assertThat(q.kind()).isEqualTo(Kind.MEASURE);
    }
  }

  @Test
  void measureWithMaterial() {
    Quantity q = only("De douane vond 5 ton explosieven.");
    assertThat(q.text()).isEqualTo("5 ton explosieven");
    assertThat(q.about()).isEqualTo("explosieven");
  }

  @Test
  void percentages() {
    for (String text : List.of("12 procent", "12%", "12 %", "twaalf procent", "12 pct")) {
      Quantity q = only("De omzet steeg met " + text + " in het derde kwartaal.");
      assertThat(q.text()).isEqualTo(text);
      assertThat(q.value()).isEqualTo(12.0);
      assertThat(q.unit()).isEqualTo("%");
      assertThat(q.kind()).isEqualTo(Kind.PERCENTAGE);
    }
    Quantity points = only("De rente ging 0,5 procentpunt omhoog.");
    assertThat(points.unit()).isEqualTo("procentpunt");
    assertThat(points.value()).isEqualTo(0.5);
  }

  @Test
  void ratioIsAPercentage() {
    Quantity q = only("Drie op de tien Nederlanders sport nooit.");
    assertThat(q.value()).isEqualTo(30.0);
    assertThat(q.unit()).isEqualTo("%");
    assertThat(q.about()).isEqualTo("Nederlanders");
    assertThat(only("Een op de vijf scholen kampt met tekorten.").value()).isEqualTo(20.0);
  }

  @Test
  void ageFromJarige() {
    Quantity q = only("Verklaarde de 26-jarige man die zich Abu Saad noemde.");
    assertThat(q.text()).isEqualTo("26-jarige man");
    assertThat(q.value()).isEqualTo(26.0);
    assertThat(q.unit()).isEqualTo("jaar");
    assertThat(q.kind()).isEqualTo(Kind.AGE);
    assertThat(q.about()).isEqualTo("man");
    assertThat(only("De vijfjarige jongen werd gered.").value()).isEqualTo(5.0);
    assertThat(only("Ze overleed op 37-jarige leeftijd.").about()).isNull();
  }

  @Test
  void ageAfterPersonNoun() {
    Quantity q = only("Een man van 45 werd aangehouden.");
    assertThat(q.text()).isEqualTo("man van 45");
    assertThat(q.kind()).isEqualTo(Kind.AGE);
    assertThat(q.about()).isEqualTo("man");
    assertThat(only("Een vrouw van 81 jaar oud viel.").text()).isEqualTo("vrouw van 81 jaar oud");
  }

  @Test
  void ageInParenthesesAfterAName() {
    Quantity q = only("Volgens Jan de Vries (45) is het veilig.");
    assertThat(q.text()).isEqualTo("Jan de Vries (45)");
    assertThat(q.value()).isEqualTo(45.0);
    assertThat(q.about()).isEqualTo("Jan de Vries");
    assertThat(q.kind()).isEqualTo(Kind.AGE);
  }

  @Test
  void ageWithJaarOud() {
    Quantity q = only("De verdachte is 45 jaar oud.");
    assertThat(q.text()).isEqualTo("45 jaar oud");
    assertThat(q.kind()).isEqualTo(Kind.AGE);
  }

  @Test
  void durations() {
    record Case(String text, double value, String unit) {}
    for (Case c : List.of(new Case("vier maanden", 4, "maand"), new Case("twee jaar", 2, "jaar"),
        new Case("drie weken", 3, "week"), new Case("tien dagen", 10, "dag"), new Case("anderhalf uur", 1.5, "uur"),
        new Case("45 minuten", 45, "minuut"), new Case("twee decennia", 2, "decennium"))) {
      Quantity q = only("Het conflict duurde " + c.text() + ".");
      assertThat(q.text()).isEqualTo(c.text());
      assertThat(q.value()).isEqualTo(c.value());
      assertThat(q.unit()).isEqualTo(c.unit());
      assertThat(q.kind()).isEqualTo(Kind.DURATION);
    }
  }

  @Test
  void numberBeforeAnotherSharesItsUnit() {
    List<Quantity> q = extract("De btw steeg van 19 naar 21 procent.");
    assertThat(q).extracting(Quantity::text).containsExactly("19", "21 procent");
    assertThat(q).extracting(Quantity::unit).containsExactly("%", "%");
    List<Quantity> scaled = extract("Het aantal steeg van 1,7 naar 2,6 miljoen.");
    assertThat(scaled).extracting(Quantity::value).containsExactly(1.7e6, 2.6e6);
  }

  @Test
  void negativeMeasure() {
    Quantity q = only("Het vroor vannacht -8 graden.");
    assertThat(q.value()).isEqualTo(-8.0);
    assertThat(q.text()).isEqualTo("-8 graden");
  }

  @Test
  void yearLikeNumberWithCountedNounIsACount() {
    assertThat(only("De 1500 deelnemers liepen door de stad.").value()).isEqualTo(1500.0);
    assertThat(only("Er kwamen zo'n 2000 mensen.").approx()).isEqualTo(Approx.ABOUT);
  }

  @Test
  void severalQuantitiesInTextOrder() {
    List<Quantity> q = extract("Zo'n 250 IS-strijders en 3.500 familieleden mochten Raqqa verlaten.");
    assertThat(q).extracting(Quantity::text).containsExactly("Zo'n 250 IS-strijders", "3.500 familieleden");
    assertThat(q.get(0).start()).isLessThan(q.get(1).start());
  }

  @Test
  void moneyIsNotAQuantity() {
    assertThat(extract("Het kostte 2.000 dollar en € 2,5 miljoen.")).isEmpty();
  }

  @Test
  void nullTextIsAnArgumentError() {
    assertThatNullPointerException().isThrownBy(() -> extractor.extract(null));
  }
}
