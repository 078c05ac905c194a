package nl.kroniek.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Whether a directory holds a Lucene index. */
final class LuceneIndexes {
  private LuceneIndexes() {}

  static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }
}
