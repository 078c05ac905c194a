/**
 * One reader per input format (seed, txt, JSON Lines, CSV/TSV, HTML) and the decoding rules they share:
 * UTF-8 with a windows-1252 fallback, binary detection, control-character removal, record size limits.
 */
package nl.kroniek.ingest.format;
