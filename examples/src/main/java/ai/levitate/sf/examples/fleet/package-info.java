/**
 * The fleet example: {@link ai.levitate.sf.examples.fleet.FleetHarness} runs many linked accounts
 * on several worker JVMs ({@link ai.levitate.sf.examples.fleet.FleetWorker}) that share one
 * PostgreSQL database and a clustered Quartz scheduler, one durable {@link
 * ai.levitate.sf.examples.fleet.AccountSyncJob} per account, and checks each account against the
 * same org synced alone without faults.
 */
package ai.levitate.sf.examples.fleet;
