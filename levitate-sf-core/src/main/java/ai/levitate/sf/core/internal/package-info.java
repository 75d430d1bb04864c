/** Implementation details of levitate-sf-core; not part of the public API and may change at any time. */
package ai.levitate.sf.core.internal;
