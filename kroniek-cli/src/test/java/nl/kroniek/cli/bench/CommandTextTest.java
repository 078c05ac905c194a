package nl.kroniek.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTextTest {

  @Test
  void plainArgumentsStayAsTheyAreOthersAreSingleQuoted() {
    assertThat(CommandText.of(List.of("bench", "all", "--articles", "100000", "../shared/data/a.jsonl.gz")))
        .isEqualTo("./kroniek bench all --articles 100000 ../shared/data/a.jsonl.gz");
    assertThat(CommandText.quote("my corpus")).isEqualTo("'my corpus'");
    assertThat(CommandText.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(CommandText.quote("")).isEqualTo("''");
    assertThat(CommandText.quote("$HOME")).isEqualTo("'$HOME'");
  }
}
