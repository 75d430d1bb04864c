/**
 * Merge's JSON as the client reads and writes it: tolerant records (unknown fields ignored, every
 * field nullable) and the one configured Jackson mapper. Not part of the public API.
 */
@NullMarked
package ai.levitate.sf.merge.internal.wire;

import org.jspecify.annotations.NullMarked;
