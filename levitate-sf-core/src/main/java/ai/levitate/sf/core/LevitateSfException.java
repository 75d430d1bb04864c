package ai.levitate.sf.core;

/**
 * The root of every exception levitate-sf throws on purpose.
 *
 * <p>Unchecked, like the exceptions of Retrofit and Stripe's client: a host catches it where it can
 * act (end a run, mark an account for attention) and lets everything else propagate. Messages name
 * what went wrong and never carry credentials.
 */
public class LevitateSfException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LevitateSfException(String message) {
    super(message);
  }

  public LevitateSfException(String message, Throwable cause) {
    super(message, cause);
  }
}
