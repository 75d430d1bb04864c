/**
 * The benchmarks of the README's "Benchmarks" section: read throughput against the rate limit, the
 * CPU cost of a page, the heap of a large sync and the requests of an incremental run. Each main
 * prints its figures and the ratios its target is judged by.
 */
package ai.levitate.sf.examples.bench;
