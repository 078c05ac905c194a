package nl.kroniek.store;

import java.util.Map;
import java.util.SortedMap;

/**
 * Counts over the stored articles.
 *
 * @param articles number of articles counted
 * @param perMonth articles per publication month ({@code 2017-11}); articles dated only by year are
 *     counted under the year ({@code 2017}); articles without a date under {@code unknown}
 * @param perSource articles per outlet, most first; {@code unknown} for articles without one
 */
public record StoreStats(long articles, SortedMap<String, Long> perMonth, Map<String, Long> perSource) {}
