package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019|2019|YEAR",
      "2019-02|2019-02|MONTH",
      "2019-02-12|2019-02-12|DAY",
      "20190212|2019-02-12|DAY",
      "12-02-2019|2019-02-12|DAY",
      "12/02/2019 10:00|2019-02-12|DAY",
      "2019/2/12|2019-02-12|DAY",
      "dinsdag 12 februari 2019|2019-02-12|DAY",
      "12 feb. 2019|2019-02-12|DAY",
      "February 12, 2019|2019-02-12|DAY",
      "maart 2019|2019-03|MONTH",
      "2019-02-12T10:15:00Z|2019-02-12T10:15:00Z|INSTANT",
      "2019-02-12 10:15:00|2019-02-12T10:15:00Z|INSTANT",
      "2019-02-12T11:15:00+0100|2019-02-12T10:15:00Z|INSTANT",
      "2019-02-12T11:15:00+01|2019-02-12T10:15:00Z|INSTANT",
      "2019-02-12 10:15:00 UTC|2019-02-12T10:15:00Z|INSTANT",
      "'Tue, 12 Feb 2019 10:15:00 GMT'|2019-02-12T10:15:00Z|INSTANT",
      "1549966500|2019-02-12T10:15:00Z|INSTANT",
      "1549966500000|2019-02-12T10:15:00Z|INSTANT",
      "1549966500.5|2019-02-12T10:15:00.500Z|INSTANT"})
  void readsCommonForms(String value, String expected, String precision) {
    assertThat(DateValues.parse(value).toString()).isEqualTo(expected);
    assertThat(DateValues.parse(value).precision().name()).isEqualTo(precision);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gisteren", "2019-13-01", "31-02-2019", "12 foo 2019", "NaN"})
  void rejectsWhatIsNoDate(String value) {
    assertThatThrownBy(() -> DateValues.parse(value)).isInstanceOf(IllegalArgumentException.class);
  }
}
