package ai.levitate.sf.merge.internal.http;

/**
 * An endpoint's decoded value with the answer it came in, for a caller that reads the value further
 * and must name the answer when that fails (or report how long the call waited).
 */
public record Answered<T>(T value, Answer answer) {}
