package ai.levitate.sf.merge;

import ai.levitate.sf.core.LevitateSfException;

/**
 * A webhook delivery that cannot be trusted or read: a wrong signature, or a body that is not an
 * event.
 */
public final class WebhookException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  public WebhookException(String message) {
    super(message);
  }
}
