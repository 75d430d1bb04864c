package ai.levitate.sf.merge.internal.http;

import okhttp3.Headers;

/**
 * A successful (2xx) answer, read in full: the status, headers and body, the request line it
 * answers, the attempts it took, and how long the call was held back rather than on the network
 * (waiting for the rate limiter, the failure budget or a retry's backoff), in nanoseconds.
 */
public record Answer(
    String request, int status, Headers headers, byte[] body, int attempts, long waitedNanos) {}
