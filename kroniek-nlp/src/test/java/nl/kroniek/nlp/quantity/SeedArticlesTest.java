package nl.kroniek.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import nl.kroniek.nlp.Seeds;

/** The two example articles (bundled with the demo). */
class SeedArticlesTest {

  private static String allSeeds;

  @BeforeAll
  static void readSeeds() throws IOException {
    allSeeds = Seeds.allRaw();
  }

  private static Quantity find(List<Quantity> quantities, String text) {
    return quantities.stream().filter(q -> q.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity '" + text + "' in " + quantities));
  }

  @Test
  void quantitiesOfTheSeeds() {
    List<Quantity> q = new QuantityExtractor().extract(allSeeds);
    for (Quantity each : q) {
      assertThat(allSeeds.substring(each.start(), each.end())).isEqualTo(each.text());
    }
    Quantity fighters = find(q, "zo'n 250 IS-strijders");
    assertThat(fighters.value()).isEqualTo(250.0);
    assertThat(fighters.approx()).isEqualTo(Approx.ABOUT);
    assertThat(fighters.about()).isEqualTo("IS-strijders");
    assertThat(find(q, "3.500 familieleden").value()).isEqualTo(3500.0);
    assertThat(find(q, "vijftig vrachtwagens").value()).isEqualTo(50.0);
    assertThat(find(q, "dertien bussen").value()).isEqualTo(13.0);
    Quantity vehicles = find(q, "meer dan honderd voertuigen");
    assertThat(vehicles.approx()).isEqualTo(Approx.MORE_THAN);
    assertThat(vehicles.low()).isEqualTo(100.0);
    assertThat(vehicles.high()).isNull();
    assertThat(vehicles.about()).isEqualTo("voertuigen");
    Quantity convoy = find(q, "zes tot zeven kilometer");
    assertThat(convoy.low()).isEqualTo(6.0);
    assertThat(convoy.high()).isEqualTo(7.0);
    assertThat(convoy.unit()).isEqualTo("km");
    Quantity months = find(q, "vier maanden");
    assertThat(months.value()).isEqualTo(4.0);
    assertThat(months.kind()).isEqualTo(Kind.DURATION);
    assertThat(months.unit()).isEqualTo("maand");
    assertThat(find(q, "300 voormalige IS-aanhangers").about()).isEqualTo("IS-aanhangers");
    Quantity saudis = find(q, "Vier Saoedische strijders");
    assertThat(saudis.value()).isEqualTo(4.0);
    assertThat(saudis.about()).isEqualTo("strijders");
    Quantity age = find(q, "26-jarige man");
    assertThat(age.value()).isEqualTo(26.0);
    assertThat(age.kind()).isEqualTo(Kind.AGE);
    assertThat(find(q, "tientallen buitenlandse strijders").approx()).isEqualTo(Approx.VAGUE);
    assertThat(find(q, "tientallen getuigen").value()).isEqualTo(10.0);
    assertThat(find(q, "honderden strijders").value()).isEqualTo(100.0);
    assertThat(find(q, "tientallen jihadi's").about()).isEqualTo("jihadi's");
  }

  @Test
  void nothingElseIsTakenForAQuantity() {
    List<String> texts = new QuantityExtractor().extract(allSeeds).stream().map(Quantity::text).toList();
    assertThat(texts).containsExactlyInAnyOrder("tientallen buitenlandse strijders", "zes tot zeven kilometer",
        "vijftig vrachtwagens", "dertien bussen", "meer dan honderd voertuigen", "vier maanden",
        "tientallen getuigen", "zo'n 250 IS-strijders", "3.500 familieleden", "honderden strijders",
        "tientallen jihadi's", "Vier Saoedische strijders", "300 voormalige IS-aanhangers", "26-jarige man");
  }

  @Test
  void moneyOfTheSeeds() {
    List<Money> money = new MoneyExtractor().extract(allSeeds);
    assertThat(money).extracting(Money::text).containsExactly("duizenden dollars", "2.000 dollar",
        "1.700 euro");
    assertThat(money.get(0).approx()).isEqualTo(Approx.VAGUE);
    assertThat(money.get(0).currency()).isEqualTo("USD");
    assertThat(money.get(1).value()).isEqualTo(2000.0);
    assertThat(money.get(1).currency()).isEqualTo("USD");
    assertThat(money.get(2).value()).isEqualTo(1700.0);
    assertThat(money.get(2).currency()).isEqualTo("EUR");
    assertThat(money.get(2).equivalentOf()).isEqualTo(1);
  }
}
