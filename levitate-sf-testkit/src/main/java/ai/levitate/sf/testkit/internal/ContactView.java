package ai.levitate.sf.testkit.internal;

/** Which optional parts of a record a request asked for. */
public record ContactView(
    boolean expandAccount,
    boolean expandOwner,
    boolean remoteFields,
    boolean remoteData,
    boolean classesAsIds) {

  public static final ContactView FIXTURE = new ContactView(true, true, true, false, false);
}
