/**
 * Implementation details of levitate-sf-merge-client: the Retrofit interface, wire DTOs, adapters
 * to core's models, and the HTTP machinery. Not part of the public API; may change at any time.
 */
@NullMarked
package ai.levitate.sf.merge.internal;

import org.jspecify.annotations.NullMarked;
