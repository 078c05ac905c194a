package nl.kroniek.nlp.quantity;

/** The values of {@code Quantity.kind} that the quantity extractor writes. */
public final class Kind {
  /** A number of things: {@code 250 IS-strijders}, {@code dertien bussen}, a bare {@code 13}. */
  public static final String COUNT = "count";
  /** {@code 12 procent}, {@code 3,5%}, {@code 0,5 procentpunt}, {@code drie op de tien} (= 30 %). */
  public static final String PERCENTAGE = "percentage";
  /** A number with a unit of measurement: {@code zes tot zeven kilometer}, {@code 40 graden}. */
  public static final String MEASURE = "measure";
  /** How old someone is: {@code de 26-jarige man}, {@code een man van 45}, {@code Abu Saad (26)}. */
  public static final String AGE = "age";
  /** A length of time: {@code vier maanden}, {@code anderhalf uur}, {@code twee jaar}. */
  public static final String DURATION = "duration";

  private Kind() {}
}
