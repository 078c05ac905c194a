package nl.kroniek.nlp.quantity;

/**
 * The hedge codes written to {@code Quantity.approx} and {@code Money.approx}; null means exact.
 *
 * <p>Bounds that go with each code in a {@code Quantity} (v is the number as written):
 * <ul>
 *   <li>exact (null) and {@link #ABOUT}: value = low = high = v
 *   <li>{@link #MORE_THAN}, {@link #AT_LEAST}: value = low = v, high = null
 *   <li>{@link #LESS_THAN}, {@link #AT_MOST}: value = high = v, low = null
 *   <li>{@link #VAGUE}: value = low = the magnitude's lower bound ({@code tientallen} 10), high = null
 * </ul>
 */
public final class Approx {
  /** zo'n, ongeveer, circa, ca., rond de, pakweg, naar schatting, een tiental. */
  public static final String ABOUT = "about";
  /** meer dan, ruim, dik, boven de. */
  public static final String MORE_THAN = "more-than";
  /** minder dan, bijna, nog geen, net geen, krap, onder de, een kleine. */
  public static final String LESS_THAN = "less-than";
  /** ten minste, minstens, minimaal, zeker, niet minder dan. */
  public static final String AT_LEAST = "at-least";
  /** maximaal, hooguit, hoogstens, ten hoogste, niet meer dan. */
  public static final String AT_MOST = "at-most";
  /** tientallen, honderden, duizenden, miljoenen, enkele honderden, een paar duizend. */
  public static final String VAGUE = "vague";

  private Approx() {}
}
