package nl.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import nl.kroniek.model.Article;
import org.junit.jupiter.api.Test;

/** The default 64 MiB record limit, with inputs generated on the fly instead of files on disk. */
class RecordLimitTest {

  private static final long OVER_LIMIT = ReadOptions.DEFAULT_MAX_RECORD_BYTES + 1024;

  /** An input of {@code prefix}, then {@code count} repetitions of one byte, then {@code suffix}. */
  private static Input generated(String name, String prefix, long count, byte filler, String suffix) {
    Supplier<InputStream> open = () -> new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
        new java.io.ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), new RepeatedByte(filler, count),
        new java.io.ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
    return new Input() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String fileName() {
        return name;
      }

      @Override
      public InputStream open() {
        return open.get();
      }

      @Override
      public long size() {
        return -1;
      }
    };
  }

  @Test
  void textFileOverTheLimitIsRejectedWithTheLimitInTheReason() {
    CollectingSink sink = new CollectingSink();
    new IngestReader(ReadOptions.DEFAULT).read(generated("groot.txt", "", OVER_LIMIT, (byte) 'a', ""), sink);
    assertThat(sink.onlyRejection().reason()).isEqualTo("input too large: over 64 MiB (the limit per record)");
  }

  @Test
  void jsonLineOverTheLimitIsRejectedAndTheNextLineRead() {
    CollectingSink sink = new CollectingSink();
    Input input = generated("groot.jsonl", "{\"text\":\"", OVER_LIMIT, (byte) 'a', "\"}\n{\"text\":\"daarna\"}\n");
    new IngestReader(ReadOptions.DEFAULT).read(input, sink);
    assertThat(sink.articles).extracting(Article::text).containsExactly("daarna");
    assertThat(sink.articles.get(0).provenance().line()).isEqualTo(2);
    assertThat(sink.rejections).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(1);
      assertThat(r.reason()).isEqualTo("line too long: over 64 MiB (the limit per record)");
    });
  }

  /** {@code count} copies of one byte, without holding them. */
  private static final class RepeatedByte extends InputStream {
    private final byte value;
    private long left;

    RepeatedByte(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
