/**
 * The JUnit 5 entry points of the testkit, and the only package of it that needs JUnit: {@link
 * ai.levitate.sf.testkit.junit5.FakeMergeServerExtension} starts a fake Merge server before each
 * test and stops and verifies it after; the contract tests ({@link
 * ai.levitate.sf.testkit.junit5.SyncStoreContract}, {@link
 * ai.levitate.sf.testkit.junit5.SyncStoreRunContract}, {@link
 * ai.levitate.sf.testkit.junit5.SyncLockContract}, {@link
 * ai.levitate.sf.testkit.junit5.WritebackLedgerContract}) check a host's own storage against the
 * SPI: extend one and say how to make a fresh instance.
 */
@NullMarked
package ai.levitate.sf.testkit.junit5;

import org.jspecify.annotations.NullMarked;
