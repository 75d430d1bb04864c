/**
 * The harness's parts: options, the fake's data and its rounds of changes, settings, progress,
 * summaries and output files. Not part of the public API.
 */
package ai.levitate.sf.examples.internal;
