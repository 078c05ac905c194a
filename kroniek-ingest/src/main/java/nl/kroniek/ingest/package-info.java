/**
 * Reading news archives into {@link nl.kroniek.model.Article}s. Start with {@link nl.kroniek.ingest.IngestReader}
 * (paths in, articles and rejections out); {@link nl.kroniek.ingest.Inputs} expands folders and archives,
 * {@link nl.kroniek.ingest.Readers} picks a format, {@link nl.kroniek.ingest.ReadOptions} configures both.
 * The formats are described in {@code docs/formats.md}.
 */
package nl.kroniek.ingest;
