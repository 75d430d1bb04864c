package ai.levitate.sf.examples.fleet;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The Quartz job of one linked account: the round the coordinator asked for, synced and then
 * written back, on whichever worker's thread Quartz gave it. The job is durable and requests
 * recovery, so when its worker dies mid-run another worker runs it again once the cluster sees the
 * death; the engine then resumes from the last committed page, under the library's lease.
 * {@code @DisallowConcurrentExecution} keeps one execution of an account at a time in the whole
 * cluster (Quartz blocks the job's other triggers in the shared tables).
 */
@DisallowConcurrentExecution
public final class AccountSyncJob implements Job {
  /** The job data key of the account key. */
  static final String ACCOUNT = "account";

  /** Quartz makes one instance per execution, with this constructor. */
  public AccountSyncJob() {}

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    Worker worker;
    try {
      worker = (Worker) context.getScheduler().getContext().get(Worker.KEY);
    } catch (SchedulerException e) {
      throw new JobExecutionException("The worker's context is not readable", e, false);
    }
    if (worker == null) {
      throw new JobExecutionException("This scheduler has no fleet worker in its context", false);
    }
    worker.runAccount(context.getMergedJobDataMap().getString(ACCOUNT), context);
  }
}
