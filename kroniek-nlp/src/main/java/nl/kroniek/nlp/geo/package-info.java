/**
 * Geocoding: place mentions in Dutch news resolved to gazetteer entries with coordinates and country.
 *
 * <p>{@link nl.kroniek.nlp.geo.Geocoder} takes an article text and its named-entity mentions and returns
 * {@link nl.kroniek.model.fact.Place}s. The gazetteer is {@link nl.kroniek.lexicon.Gazetteer} (GeoNames plus
 * Dutch names). Method, ranking, rules and measured accuracy are in docs/extractors/places.md.
 */
package nl.kroniek.nlp.geo;
