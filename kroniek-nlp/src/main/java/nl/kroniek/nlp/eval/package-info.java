/**
 * Scoring of extracted facts against Kroniek's annotated gold set.
 *
 * <p>{@link nl.kroniek.nlp.eval.FactsGold} reads the stand-off gold file
 * ({@code data/annotations/facts/dpg2019-facts.jsonl}, format and annotation rules in
 * {@code docs/annotation/facts-guidelines.md}); {@link nl.kroniek.nlp.eval.FactsScorer} compares predicted
 * {@link nl.kroniek.model.fact.Facts} with it and reports precision, recall and F1 per extractor
 * ({@link nl.kroniek.nlp.eval.FactsScore}). The matching rules are in {@link nl.kroniek.nlp.eval.MatchRules}.
 */
package nl.kroniek.nlp.eval;
