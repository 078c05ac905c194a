package nl.kroniek.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import nl.kroniek.model.fact.Money;
import org.junit.jupiter.api.Test;

class MoneyExtractorTest {

  private final MoneyExtractor extractor = new MoneyExtractor();

  private List<Money> extract(String text) {
    List<Money> money = extractor.extract(text);
    for (Money m : money) {
      assertThat(text.substring(m.start(), m.end())).as("span of %s", m).isEqualTo(m.text());
    }
    return money;
  }

  private Money only(String text) {
    List<Money> money = extract(text);
    assertThat(money).as("money in: %s", text).hasSize(1);
    return money.get(0);
  }

  @Test
  void amountsWithCurrencyWords() {
    record Case(String text, double value, String currency) {}
    for (Case c : List.of(new Case("2.000 dollar", 2000, "USD"), new Case("1.700 euro", 1700, "EUR"),
        new Case("300 pond", 300, "GBP"), new Case("5 miljard yen", 5e9, "JPY"),
        new Case("2,5 miljoen euro", 2.5e6, "EUR"), new Case("40 Zwitserse frank", 40, "CHF"),
        new Case("12 Amerikaanse dollar", 12, "USD"), new Case("1000 gulden", 1000, "NLG"),
        new Case("50 eurocent", 0.5, "EUR"))) {
      Money m = only("Ze betaalden elk " + c.text() + " aan de smokkelaars.");
      assertThat(m.text()).isEqualTo(c.text());
      assertThat(m.value()).as(c.text()).isEqualTo(c.value());
      assertThat(m.currency()).isEqualTo(c.currency());
      assertThat(m.approx()).isNull();
      assertThat(m.equivalentOf()).isEqualTo(-1);
    }
  }

  @Test
  void amountsWithCurrencySigns() {
    record Case(String text, double value, String currency) {}
    for (Case c : List.of(new Case("€ 2,5 miljoen", 2.5e6, "EUR"), new Case("€2,5 mln", 2.5e6, "EUR"),
        new Case("$300", 300, "USD"), new Case("£ 12,50", 12.5, "GBP"), new Case("€ 1.700,-", 1700, "EUR"),
        new Case("EUR 45", 45, "EUR"), new Case("US$ 3 miljard", 3e9, "USD"))) {
      Money m = only("Het kostte " + c.text() + " volgens de krant.");
      assertThat(m.text()).isEqualTo(c.text());
      assertThat(m.value()).as(c.text()).isEqualTo(c.value());
      assertThat(m.currency()).isEqualTo(c.currency());
    }
  }

  @Test
  void hedgedAndVagueAmounts() {
    Money more = only("Het project kostte ruim 1.700 euro.");
    assertThat(more.text()).isEqualTo("ruim 1.700 euro");
    assertThat(more.approx()).isEqualTo(Approx.MORE_THAN);
    Money vague = only("Hen werd duizenden dollars aan zwijggeld beloofd.");
    assertThat(vague.text()).isEqualTo("duizenden dollars");
    assertThat(vague.value()).isEqualTo(1000.0);
    assertThat(vague.currency()).isEqualTo("USD");
    assertThat(vague.approx()).isEqualTo(Approx.VAGUE);
  }

  @Test
  void conversionInParenthesesIsLinked() {
    List<Money> money = extract("Ze betaalden elk 2.000 dollar (omgerekend 1.700 euro) aan smokkelaars.");
    assertThat(money).extracting(Money::text).containsExactly("2.000 dollar", "1.700 euro");
    assertThat(money.get(0).equivalentOf()).isEqualTo(-1);
    assertThat(money.get(1).equivalentOf()).isEqualTo(0);
    assertThat(money.get(1).currency()).isEqualTo("EUR");
  }

  @Test
  void conversionCues() {
    for (String link : List.of(" (omgerekend zo'n ", " (", " (ruim ", ", ofwel ", ", oftewel ", ", dat is ",
        ", omgerekend ")) {
      List<Money> money = extract("De transfer kostte 30 miljoen pond" + link + "34 miljoen euro.");
      assertThat(money).as(link).hasSize(2);
      assertThat(money.get(1).equivalentOf()).as(link).isEqualTo(0);
    }
  }

  @Test
  void amountsInTheSameCurrencyOrFarApartAreNotLinked() {
    List<Money> sameCurrency = extract("Eerst 300 euro (later 400 euro) per maand.");
    assertThat(sameCurrency).extracting(Money::equivalentOf).containsOnly(-1);
    List<Money> unrelated = extract("Hij verdiende 300 dollar en zij kreeg een bonus van 200 euro.");
    assertThat(unrelated).extracting(Money::equivalentOf).containsOnly(-1);
  }

  @Test
  void laterConversionPointsToItsOwnAmount() {
    List<Money> money = extract("Een ticket kost 100 euro. Een visum kost 50 dollar (45 euro).");
    assertThat(money).extracting(Money::equivalentOf).containsExactly(-1, -1, 1);
  }

  @Test
  void rangeBecomesItsTwoEnds() {
    List<Money> money = extract("De schade bedraagt tussen 2 en 3 miljoen euro.");
    assertThat(money).extracting(Money::value).containsExactly(2e6, 3e6);
    assertThat(money).extracting(Money::approx).containsExactly(Approx.AT_LEAST, Approx.AT_MOST);
    assertThat(money).extracting(Money::text).containsOnly("tussen 2 en 3 miljoen euro");
  }

  @Test
  void bareNumberBeforeAnAmountSharesItsCurrency() {
    List<Money> money = extract("Zijn uurloon steeg van 45 naar 150 euro.");
    assertThat(money).extracting(Money::value).containsExactly(45.0, 150.0);
    assertThat(money).extracting(Money::currency).containsOnly("EUR");
  }

  @Test
  void bareMillionsAfterAnAmountTakeItsCurrency() {
    List<Money> money = extract("Groot-Brittannië haalde 225 miljoen euro op. Ook in Frankrijk (122 miljoen) "
        + "en Australië (82 miljoen) werd geïnd; in totaal ligt het bedrag boven de 1 miljard.");
    assertThat(money).extracting(Money::text)
        .containsExactly("225 miljoen euro", "122 miljoen", "82 miljoen", "boven de 1 miljard");
    assertThat(money).extracting(Money::value).containsExactly(225e6, 122e6, 82e6, 1e9);
    assertThat(money).extracting(Money::currency).containsOnly("EUR");
  }

  @Test
  void countedMillionsAndOtherParagraphsKeepNoCurrency() {
    assertThat(extract("De subsidie was 3 miljoen euro. Nederland telt 17 miljoen inwoners."))
        .extracting(Money::text).containsExactly("3 miljoen euro");
    assertThat(extract("De subsidie was 3 miljoen euro.\n\nIn het land wonen er nu 17 miljoen."))
        .extracting(Money::text).containsExactly("3 miljoen euro");
    assertThat(extract("De boete was 300 euro; er kwamen 1175 klachten binnen."))
        .extracting(Money::text).containsExactly("300 euro");
  }

  @Test
  void quantitiesAreNotMoney() {
    assertThat(extract("Er waren zo'n 250 strijders, 12 procent van het leger.")).isEmpty();
  }

  @Test
  void nullTextIsAnArgumentError() {
    assertThatNullPointerException().isThrownBy(() -> extractor.extract(null));
  }
}
