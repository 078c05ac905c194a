package nl.kroniek.model.fact;

/**
 * A place mention resolved to a gazetteer entry.
 *
 * @param name the gazetteer's name for it ({@code Ar Raqqah}); the mention is the article text at
 *     start..end
 * @param text the mention as written ({@code Raqqa})
 * @param lat latitude, WGS84
 * @param lon longitude, WGS84
 * @param country ISO 3166-1 alpha-2 code of the country ({@code SY})
 * @param geonameId GeoNames id, or 0 for countries taken from the country list
 * @param start offset in the article text
 * @param end end offset (exclusive)
 */
public record Place(String name, String text, double lat, double lon, String country, long geonameId, int start,
    int end) implements Span {
  public Place {
    Span.check(start, end);
  }
}
