package nl.kroniek.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Runs the floor version of each query on the {@link LuceneFloor} index: the classic QueryParser over title
 * (boost 2) and text with AND as the default operator, as Kroniek does; exact hit counts, as Kroniek
 * counts; the id and title of each hit loaded. No snippets: the floor has no highlighter.
 */
final class FloorTarget implements SearchTarget {

  private static final String[] FIELDS = {"title", "text"};
  private static final Map<String, Float> BOOSTS = Map.of("title", 2f, "text", 1f);
  private static final Set<String> LOADED = Set.of("id", "title");

  private final Directory directory;
  private final DirectoryReader reader;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final int limit;

  FloorTarget(Path indexDir, int limit) throws IOException {
    if (!LuceneIndexes.exists(indexDir)) {
      throw new IOException("no floor index in " + indexDir);
    }
    this.directory = FSDirectory.open(indexDir);
    this.reader = DirectoryReader.open(directory);
    this.limit = limit;
  }

  @Override
  public String name() {
    return "floor";
  }

  @Override
  public boolean supports(BenchQuery query) {
    return query.floor() != null;
  }

  @Override
  public long search(BenchQuery query) throws Exception {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query q = parser.parse(query.floor());
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(Math.max(1, limit), Integer.MAX_VALUE));
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      stored.document(sd.doc, LOADED);
    }
    return top.totalHits.value();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
