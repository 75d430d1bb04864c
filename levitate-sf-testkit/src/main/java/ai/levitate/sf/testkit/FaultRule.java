package ai.levitate.sf.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * When to inject a {@link Fault}: requests matching a method and an endpoint (and optionally one
 * linked account), and which of them: the nth, every one from the nth on, or each with a
 * probability drawn from the server's seeded random. Matching requests are counted per rule from
 * the server's start, whatever they are answered.
 *
 * <pre>{@code
 * FaultRule.on("GET", "/contacts").nth(3).inject(Fault.serverError(503));
 * FaultRule.on("GET", "/contacts/{id}").from(2).times(3).inject(Fault.timeout());
 * FaultRule.on("*", "*").probability(0.05).inject(Fault.droppedConnection());
 * }</pre>
 */
public final class FaultRule {
  /** The endpoints under {@code /api/crm/v1} the fake serves, as rules name them. */
  public static final Set<String> ENDPOINTS =
      Set.of(
          "/contacts",
          "/contacts/{id}",
          "/contacts/remote-field-classes",
          "/accounts",
          "/accounts/{id}",
          "/accounts/remote-field-classes",
          "/users",
          "/notes",
          "/notes/meta/post",
          "/sync-status",
          "/account-details",
          "/passthrough",
          "/issues");

  /** The endpoints that answer Merge's paged lists, where list faults apply. */
  static final Set<String> LIST_ENDPOINTS =
      Set.of(
          "GET /contacts",
          "GET /contacts/remote-field-classes",
          "GET /accounts",
          "GET /accounts/remote-field-classes",
          "GET /users",
          "GET /notes",
          "GET /sync-status",
          "GET /issues");

  private final String method;
  private final String endpoint;
  private final String accountToken;
  private final int[] nth;
  private final int from;
  private final double probability;
  private final int times;
  private final Fault fault;

  private FaultRule(Builder builder, Fault fault) {
    this.method = builder.method;
    this.endpoint = builder.endpoint;
    this.accountToken = builder.accountToken;
    this.nth = builder.nth.clone();
    this.from = builder.from;
    this.probability = builder.probability;
    this.times = builder.times;
    this.fault = fault;
  }

  /**
   * Requests with this method ({@code GET}, {@code POST} or {@code *}) to this endpoint (one of
   * {@link #ENDPOINTS}, or {@code *}).
   */
  public static Builder on(String method, String endpoint) {
    return new Builder(method, endpoint);
  }

  public Fault fault() {
    return fault;
  }

  /**
   * Whether the rule applies to this request, before counting. A list fault only applies to
   * requests for a list, so a rule on {@code *} counts only those.
   */
  public boolean matches(String requestMethod, String requestEndpoint, String requestToken) {
    if (listFault(fault.kind())
        && !LIST_ENDPOINTS.contains(requestMethod + " " + requestEndpoint)) {
      return false;
    }
    if (fault.kind() == FaultKind.WRITE_ERRORS && !requestMethod.equals("POST")) {
      return false;
    }
    return (method.equals("*") || method.equals(requestMethod))
        && (endpoint.equals("*") || endpoint.equals(requestEndpoint))
        && (accountToken == null || accountToken.equals(requestToken));
  }

  /**
   * Whether the {@code count}th matching request gets the fault, given the rule injected it {@code
   * injected} times so far and {@code draw} is a uniform draw in [0, 1).
   */
  public boolean fires(int count, int injected, double draw) {
    if (times > 0 && injected >= times) {
      return false;
    }
    if (nth.length > 0) {
      return Arrays.stream(nth).anyMatch(n -> n == count);
    }
    if (count < from) {
      return false;
    }
    return probability >= 1.0 || draw < probability;
  }

  /** Whether {@link #fires} needs a random draw. */
  public boolean random() {
    return nth.length == 0 && probability < 1.0;
  }

  private static boolean listFault(FaultKind kind) {
    return kind == FaultKind.REPEATED_CURSOR
        || kind == FaultKind.DUPLICATE_RECORD
        || kind == FaultKind.SHELL_RECORD;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("FaultRule[").append(method).append(' ').append(endpoint);
    if (accountToken != null) {
      out.append(" account=****");
    }
    if (nth.length > 0) {
      out.append(" nth=").append(Arrays.toString(nth));
    } else {
      out.append(" from=").append(from);
      if (probability < 1.0) {
        out.append(" p=").append(probability);
      }
    }
    if (times > 0) {
      out.append(" times=").append(times);
    }
    return out.append(" -> ").append(fault).append(']').toString();
  }

  /** Chooses the requests of a rule; {@link #inject} makes the rule. */
  public static final class Builder {
    private final String method;
    private final String endpoint;
    private String accountToken;
    private int[] nth = new int[0];
    private int from = 1;
    private double probability = 1.0;
    private int times;

    private Builder(String method, String endpoint) {
      Objects.requireNonNull(method, "method == null");
      Objects.requireNonNull(endpoint, "endpoint == null");
      if (!Set.of("GET", "POST", "*").contains(method)) {
        throw new IllegalArgumentException("method must be GET, POST or *, was " + method);
      }
      if (!endpoint.equals("*") && !ENDPOINTS.contains(endpoint)) {
        throw new IllegalArgumentException(
            "endpoint must be * or one of "
                + ENDPOINTS.stream().sorted().toList()
                + ", was "
                + endpoint);
      }
      this.method = method;
      this.endpoint = endpoint;
    }

    /** Only requests carrying this linked account's token. */
    public Builder forAccount(String accountToken) {
      this.accountToken = Objects.requireNonNull(accountToken, "accountToken == null");
      return this;
    }

    /** The matching requests with these numbers, counted from 1. */
    public Builder nth(int... calls) {
      for (int call : calls) {
        if (call < 1) {
          throw new IllegalArgumentException("nth must be 1 or more, was " + call);
        }
      }
      this.nth = calls.clone();
      return this;
    }

    /** Every matching request from the {@code call}th on (the default is from the first). */
    public Builder from(int call) {
      if (call < 1) {
        throw new IllegalArgumentException("from must be 1 or more, was " + call);
      }
      this.from = call;
      return this;
    }

    /** Each request that would be chosen gets the fault with this probability. */
    public Builder probability(double probability) {
      if (!(probability > 0.0 && probability <= 1.0)) {
        throw new IllegalArgumentException(
            "probability must be more than 0 and at most 1, was " + probability);
      }
      this.probability = probability;
      return this;
    }

    /** At most this many injections in all. */
    public Builder times(int times) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be 1 or more, was " + times);
      }
      this.times = times;
      return this;
    }

    /**
     * The rule; a list fault ({@code repeatedCursor}, {@code duplicateRecord}, {@code shellRecord})
     * on an endpoint that answers no list is rejected.
     */
    public FaultRule inject(Fault fault) {
      Objects.requireNonNull(fault, "fault == null");
      if (listFault(fault.kind())
          && !endpoint.equals("*")
          && !method.equals("*")
          && !LIST_ENDPOINTS.contains(method + " " + endpoint)) {
        throw new IllegalArgumentException(
            "fault "
                + fault.kind()
                + " applies to list endpoints "
                + LIST_ENDPOINTS.stream().sorted().toList()
                + ", not "
                + method
                + " "
                + endpoint);
      }
      return new FaultRule(this, fault);
    }
  }
}
