/** Implementation details of levitate-sf-testkit; not part of the public API and may change at any time. */
package ai.levitate.sf.testkit.internal;
