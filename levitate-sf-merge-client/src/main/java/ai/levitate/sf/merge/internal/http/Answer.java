package ai.levitate.sf.merge.internal.http;

import okhttp3.Headers;

/**
 * A successful (2xx) answer, read in full: the status, headers and body, the request line it
 * answers and the attempts it took.
 */
public record Answer(String request, int status, Headers headers, byte[] body, int attempts) {}
