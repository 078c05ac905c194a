package nl.kroniek.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeValuesTest {

  private static long[] days(String first, String last) {
    return new long[] {LocalDate.parse(first).toEpochDay(), LocalDate.parse(last).toEpochDay()};
  }

  @Test
  void everyCalendarValueCoversItsDays() {
    assertThat(TimeValues.interval("2017-10-15")).containsExactly(days("2017-10-15", "2017-10-15"));
    assertThat(TimeValues.interval("2017-10")).containsExactly(days("2017-10-01", "2017-10-31"));
    assertThat(TimeValues.interval("2017-W42-WE")).containsExactly(days("2017-10-21", "2017-10-22"));
    assertThat(TimeValues.interval("2017-WI")).containsExactly(days("2017-12-01", "2018-02-28"));
    assertThat(TimeValues.interval("199")).containsExactly(days("1990-01-01", "1999-12-31"));
    assertThat(TimeValues.interval("16")).containsExactly(days("1600-01-01", "1699-12-31"));
  }

  @Test
  void intervalsSpanFromTheFirstStartToTheLastEnd() {
    assertThat(TimeValues.interval("2016/2018")).containsExactly(days("2016-01-01", "2018-12-31"));
    assertThat(TimeValues.interval("2019-04-08/2019-04-10")).containsExactly(days("2019-04-08", "2019-04-10"));
    assertThat(TimeValues.interval("2019/2016")).isNull();
  }

  @Test
  void durationsAndGarbageCoverNoDays() {
    assertThat(TimeValues.interval("P4M")).isNull();
    assertThat(TimeValues.interval("PXW/2017-09")).isNull();
    assertThat(TimeValues.interval("2017-13")).isNull();
    assertThat(TimeValues.interval("")).isNull();
    assertThat(TimeValues.interval(null)).isNull();
  }
}
