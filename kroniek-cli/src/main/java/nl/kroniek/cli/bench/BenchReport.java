package nl.kroniek.cli.bench;

import java.util.List;

/**
 * Everything one bench run measured, with what it needs to be reproduced.
 *
 * @param command the command line that produced it
 * @param mode ingest, query or all
 * @param corpus the generated corpus, or null when none was made (query on an existing index)
 * @param ingest measured ingests ("read only", "kroniek", "kroniek+nlp", "floor"), empty in query mode
 * @param query the mix on each target ("kroniek", "kroniek --limit 0", "floor"), empty in ingest mode
 */
record BenchReport(String command, String mode, MachineInfo machine, Settings settings, CorpusStats corpus,
    List<IngestResult> ingest, List<QueryRun> query) {

  /** The settings in force, defaults included. */
  record Settings(long articles, int threads, int commitEvery, long warmupArticles, int repeat, boolean nlp,
      boolean compareNlp, int rounds, int warmupRounds, int limit, int mixSize) {}

  IngestResult ingest(String name) {
    return ingest.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }

  QueryRun query(String name) {
    return query.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }

  /** Kroniek ingest time over floor ingest time (NaN when either is missing). */
  double ingestRatio() {
    IngestResult k = ingest(kroniekIngestName());
    IngestResult f = ingest(Names.FLOOR);
    return k == null || f == null ? Double.NaN : (double) k.nanos() / Math.max(1, f.nanos());
  }

  /** Ingest time with the NLP pipeline over ingest time without (NaN unless both ran). */
  double nlpRatio() {
    IngestResult with = ingest(Names.KRONIEK_NLP);
    IngestResult without = ingest(Names.KRONIEK);
    return with == null || without == null ? Double.NaN : (double) with.nanos() / Math.max(1, without.nanos());
  }

  /** The Kroniek ingest the floor is compared with: with NLP only when --nlp asked for it. */
  String kroniekIngestName() {
    return settings.nlp() && ingest(Names.KRONIEK_NLP) != null ? Names.KRONIEK_NLP : Names.KRONIEK;
  }

  /** Names of the measured things. */
  static final class Names {
    static final String READ_ONLY = "read only";
    static final String KRONIEK = "kroniek";
    static final String KRONIEK_NLP = "kroniek+nlp";
    static final String FLOOR = "floor";
    static final String KRONIEK_COUNT_ONLY = "kroniek --limit 0";

    private Names() {}
  }
}
