/**
 * How the client talks HTTP: headers, body limits, the rate limiter, the failure budget and the
 * call adapter that runs, retries and decodes every endpoint. Not part of the public API.
 */
@NullMarked
package ai.levitate.sf.merge.internal.http;

import org.jspecify.annotations.NullMarked;
