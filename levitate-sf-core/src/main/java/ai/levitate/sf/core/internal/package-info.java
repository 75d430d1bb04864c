/**
 * Implementation details of levitate-sf-core, public only because levitate-sf-merge-client and
 * levitate-sf-testkit use them at the same version. Not part of the public API: a host must not use
 * them, and they may change in any release.
 */
@NullMarked
package ai.levitate.sf.core.internal;

import org.jspecify.annotations.NullMarked;
