package nl.kroniek.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.kroniek.model.Article;
import nl.kroniek.store.ArticleStore;
import nl.kroniek.store.QuerySyntaxException;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.SearchResult;
import nl.kroniek.store.Snippet;
import nl.kroniek.store.StoreStats;
import nl.kroniek.store.StoredArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded store: one Lucene index in a directory. Opened either read-only (any number of processes,
 * also while an ingest runs: they see its last commit) or for writing (one process at a time; Lucene's
 * write lock enforces it).
 */
public final class LuceneArticleStore implements ArticleStore {

  /** The highlighter looks at most at this many characters of a body (a 20 MB article stays cheap). */
  private static final int HIGHLIGHT_MAX_CHARS = 200_000;

  private final Directory directory;
  private final FieldAnalyzers analyzers = new FieldAnalyzers();
  private final IndexWriter writer; // null when read-only
  private DirectoryReader reader; // the last commit (writer: refreshed at each commit), or null if none

  private LuceneArticleStore(Directory directory, IndexWriter writer, DirectoryReader reader) {
    this.directory = directory;
    this.writer = writer;
    this.reader = reader;
  }

  /** True when {@code indexDir} holds a Kroniek index. */
  public static boolean exists(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /** Opens an existing index for searching; sees the state of its last commit. */
  public static LuceneArticleStore openReadOnly(Path indexDir) throws IOException {
    if (!exists(indexDir)) {
      throw new IOException("no Kroniek index in " + indexDir);
    }
    Directory dir = FSDirectory.open(indexDir);
    return new LuceneArticleStore(dir, null, DirectoryReader.open(dir));
  }

  /**
   * Opens (or creates) the index for writing.
   *
   * @throws IOException when another process is writing to it (the message says so)
   */
  public static LuceneArticleStore openForWriting(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    Directory dir = FSDirectory.open(indexDir);
    LuceneArticleStore probe = new LuceneArticleStore(dir, null, null);
    IndexWriterConfig config = new IndexWriterConfig(probe.analyzers.index())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(128)
        .setCommitOnClose(false); // only explicit commits count: what is committed is what survives
    IndexWriter writer;
    try {
      writer = new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IOException("the index in " + indexDir + " is being written by another process"
          + " (another ingest is running); wait for it to finish", e);
    }
    DirectoryReader reader = DirectoryReader.indexExists(dir) ? DirectoryReader.open(writer) : null;
    return new LuceneArticleStore(dir, writer, reader);
  }

  @Override
  public void add(StoredArticle article) throws IOException {
    Objects.requireNonNull(article, "article");
    requireWriter();
    writer.updateDocument(new Term(Fields.ID, article.id()), DocumentMapper.toDocument(article));
  }

  @Override
  public boolean containsId(String id) throws IOException {
    return exists(new TermQuery(new Term(Fields.ID, id)));
  }

  @Override
  public boolean containsFingerprint(String fingerprint) throws IOException {
    return exists(new TermQuery(new Term(Fields.FINGERPRINT, fingerprint)));
  }

  private synchronized boolean exists(Query q) throws IOException {
    return reader != null && new IndexSearcher(reader).count(q) > 0;
  }

  @Override
  public synchronized void commit() throws IOException {
    requireWriter();
    writer.commit();
    DirectoryReader fresh = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
    if (fresh != null) {
      if (reader != null) {
        reader.close();
      }
      reader = fresh;
    }
  }

  @Override
  public long count() throws IOException {
    DirectoryReader r = currentReader();
    return r == null ? 0 : r.numDocs();
  }

  @Override
  public Optional<StoredArticle> get(String id) throws IOException {
    DirectoryReader r = currentReader();
    if (r == null) {
      return Optional.empty();
    }
    IndexSearcher searcher = new IndexSearcher(r);
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(DocumentMapper.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    DirectoryReader r = currentReader();
    if (r == null) {
      return new SearchResult(0, List.of());
    }
    Query query = toQuery(request);
    IndexSearcher searcher = new IndexSearcher(r);
    int n = Math.max(1, request.offset() + request.limit());
    TopDocs top;
    try {
      top = switch (request.sort()) {
        case RELEVANCE -> searcher.search(query, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
        case DATE, DATE_DESC -> searcher.search(query, new TopFieldCollectorManager(
            new Sort(new SortField(Fields.DATE_SORT, SortField.Type.LONG, request.sort() == SearchRequest.Sort.DATE_DESC),
                SortField.FIELD_SCORE), n, Integer.MAX_VALUE));
      };
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the query expands to too many terms (limit "
          + IndexSearcher.getMaxClauseCount() + "); make wildcards more specific", request.query(), -1);
    }
    ScoreDoc[] page = pageOf(top.scoreDocs, request.offset(), request.limit());
    Snippet[] snippets = snippets(searcher, query, page);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      StoredArticle sa = DocumentMapper.fromDocument(stored.document(page[i].doc));
      Article a = sa.article();
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(new SearchResult.Hit(a.id(), a.title(), a.date(), a.source(), score,
          snippets[i] != null ? snippets[i] : SnippetFormatter.lead(a.text())));
    }
    return new SearchResult(top.totalHits.value(), hits);
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset, int limit) {
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    int to = Math.min(all.length, offset + limit);
    ScoreDoc[] page = new ScoreDoc[to - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }

  private Snippet[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    Snippet[] out = new Snippet[page.length];
    if (page.length == 0) {
      return out;
    }
    SnippetHighlighter highlighter = new SnippetHighlighter(searcher, analyzers.index());
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    Object[] formatted = highlighter.snippets(Fields.TEXT, BodyHighlightQuery.of(query, analyzers.query()), docIds);
    for (int i = 0; i < page.length; i++) {
      out[i] = formatted[i] instanceof Snippet s ? s : null;
    }
    return out;
  }

  /** Exposes the highlighter's object-valued results, which carry our {@link Snippet}s. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(IndexSearcher searcher, org.apache.lucene.analysis.Analyzer analyzer) {
      super(UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new SnippetFormatter())
          .withMaxLength(HIGHLIGHT_MAX_CHARS)
          .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
          .withMaxNoHighlightPassages(0)
          // Match terms from the surface copies (wildcards run on text.exact) against the body too.
          .withFieldMatcher(name -> name.equals(Fields.TEXT) || name.equals(Fields.TEXT_EXACT)));
    }

    Object[] snippets(String field, Query query, int[] docIds) throws IOException {
      Map<String, Object[]> result = highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1});
      return result.get(field);
    }
  }

  Query toQuery(SearchRequest request) throws QuerySyntaxException {
    Query text = request.query().isBlank() ? new MatchAllDocsQuery()
        : new KroniekQueryParser(analyzers.query()).parseQuery(request.query());
    if (request.from() == null && request.to() == null) {
      return text;
    }
    long min = request.from() == null ? Long.MIN_VALUE : request.from().firstDay().toEpochDay();
    long max = request.to() == null ? Long.MAX_VALUE : request.to().lastDay().toEpochDay();
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(LongRange.newIntersectsQuery(Fields.DATE, new long[] {min}, new long[] {max}), BooleanClause.Occur.FILTER)
        .build();
  }

  @Override
  public StoreStats stats(SearchRequest filter) throws IOException, QuerySyntaxException {
    DirectoryReader r = currentReader();
    TreeMap<String, Long> perMonth = new TreeMap<>();
    Map<String, Long> perSource = new HashMap<>();
    if (r == null) {
      return new StoreStats(0, perMonth, perSource);
    }
    Query query = filter == null ? new MatchAllDocsQuery() : toQuery(filter);
    long[] total = new long[1];
    new IndexSearcher(r).search(query, new SimpleCollector() {
      private SortedDocValues months;
      private SortedDocValues sources;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        months = context.reader().getSortedDocValues(Fields.DATE_BUCKET);
        sources = context.reader().getSortedDocValues(Fields.SOURCE_FACET);
      }

      @Override
      public void collect(int doc) throws IOException {
        total[0]++;
        perMonth.merge(value(months, doc), 1L, Long::sum);
        perSource.merge(value(sources, doc), 1L, Long::sum);
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    Map<String, Long> bySize = new LinkedHashMap<>();
    perSource.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> bySize.put(e.getKey(), e.getValue()));
    return new StoreStats(total[0], perMonth, bySize);
  }

  /** Fields whose values can be counted with {@link #top}. */
  public static final java.util.Set<String> COUNTABLE = java.util.Set.of(FactFields.PERSON, FactFields.ORG,
      FactFields.PLACE, FactFields.MISC, FactFields.SPEAKER, FactFields.CITES, FactFields.COUNTRY);

  @Override
  public Map<String, Long> top(String field, SearchRequest filter, int limit) throws IOException, QuerySyntaxException {
    if (!COUNTABLE.contains(field)) {
      throw new IllegalArgumentException("cannot count '" + field + "'; countable: " + new java.util.TreeSet<>(COUNTABLE));
    }
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + SearchRequest.MAX_LIMIT);
    }
    DirectoryReader r = currentReader();
    Map<String, Long> counts = new HashMap<>();
    if (r == null) {
      return counts;
    }
    Query query = filter == null ? new MatchAllDocsQuery() : toQuery(filter);
    String dvField = FactFields.FACET_PREFIX + field;
    new IndexSearcher(r).search(query, new SimpleCollector() {
      private org.apache.lucene.index.SortedSetDocValues values;
      private long[] perOrd;
      private org.apache.lucene.index.SortedSetDocValues current;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        values = context.reader().getSortedSetDocValues(dvField);
        current = values;
        perOrd = values == null ? null : new long[(int) values.getValueCount()];
      }

      @Override
      public void collect(int doc) throws IOException {
        if (values != null && values.advanceExact(doc)) {
          for (int i = 0; i < values.docValueCount(); i++) {
            perOrd[(int) values.nextOrd()]++;
          }
        }
      }

      private void flush() throws IOException {
        if (current != null && perOrd != null) {
          for (int ord = 0; ord < perOrd.length; ord++) {
            if (perOrd[ord] > 0) {
              counts.merge(current.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
            }
          }
        }
        current = null;
        perOrd = null;
      }

      @Override
      public void finish() throws IOException {
        flush();
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    Map<String, Long> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static String value(SortedDocValues dv, int doc) throws IOException {
    if (dv != null && dv.advanceExact(doc)) {
      return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
    return "unknown";
  }

  private synchronized DirectoryReader currentReader() {
    return reader;
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("store is open read-only");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (reader != null) {
        reader.close();
      }
      if (writer != null) {
        writer.rollback(); // drops uncommitted changes: only explicit commits count
      }
    } finally {
      directory.close();
    }
  }
}
