/**
 * The JUnit 5 entry point of the testkit: {@link
 * ai.levitate.sf.testkit.junit5.FakeMergeServerExtension} starts a fake Merge server before each
 * test and stops and verifies it after. The only package of the testkit that needs JUnit.
 */
package ai.levitate.sf.testkit.junit5;
