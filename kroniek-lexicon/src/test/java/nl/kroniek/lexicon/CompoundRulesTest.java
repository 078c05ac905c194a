package nl.kroniek.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompoundRulesTest {

  @Test
  void bundledRulesHaveEverySection() {
    CompoundRules rules = CompoundRules.bundled();
    assertThat(rules.stopHeads.contains("aars")).isTrue();
    assertThat(rules.stopModifiers.contains("voor")).isTrue();
    assertThat(rules.allowedHeads.contains("man")).isTrue();
    assertThat(rules.shortModifiers.contains("zee")).isTrue();
    assertThat(rules.neverSplit.contains("burgemeester")).isTrue();
    assertThat(rules.sFinalModifiers.contains("nieuws")).isTrue();
  }

  @Test
  void parsesSectionsCommentsAndBlankLines() throws IOException {
    String text = "# header\n[stop-heads]\naars # a suffix\n\n[never-split]\n  vrijdag  \n[unknown]\nfoo\n";
    CompoundRules rules = CompoundRules.parse(stream(text));
    assertThat(rules.stopHeads.contains("aars")).isTrue();
    assertThat(rules.stopHeads.size()).isEqualTo(1);
    assertThat(rules.neverSplit.contains("vrijdag")).isTrue();
    assertThat(rules.stopModifiers.size()).isZero();
  }

  @Test
  void rejectsWordsBeforeTheFirstSection() {
    assertThatThrownBy(() -> CompoundRules.parse(stream("aars\n[stop-heads]\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(":1:");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
