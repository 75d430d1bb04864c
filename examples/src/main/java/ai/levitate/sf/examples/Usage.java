package ai.levitate.sf.examples;

/** The harness's {@code --help}. */
final class Usage {
  static final String TEXT =
      String.join(
          "\n",
          "Usage: SyncHarness [options]",
          "",
          "With no options: starts a fake Merge with a generated Salesforce account, syncs it into an",
          "H2 database in ./levitate-sf-data, changes the data, syncs again, writes activity back as",
          "notes and prints a summary of each run. A second invocation continues incrementally.",
          "",
          "  --fixture FILE       serve this Merge-shaped data set instead of a generated one",
          "  --contacts N         size of the generated account (default 3000)",
          "  --accounts N         accounts its contacts belong to (default one per 20 contacts,",
          "                       at most 20000; as many as contacts makes a list as long as",
          "                       theirs, as in an org with households and person accounts)",
          "  --seed S             seed of the generated account (default 42)",
          "  --settings FILE      settings as JSON (see the README); default: sensible ones",
          "  --once               one sync run: no changes to the data, no write-back",
          "  --dry-run            show what the next run would change, contact by contact; change nothing",
          "  --out DIR            write contacts.jsonl, report.json and changes.jsonl to DIR",
          "  --preview FILE.html  write one self-contained page of what Levitate would hold: statuses,",
          "                       tags, key facts, owners, skipped contacts, field problems, settings",
          "  --state DIR          where the H2 database and the harness's notes live (default ./levitate-sf-data)",
          "  --jdbc-url URL       keep the state in another database (user and password from",
          "                       LEVITATE_SF_JDBC_USER and LEVITATE_SF_JDBC_PASSWORD)",
          "  --serve PORT         run no sync: serve the fake Merge CRM API on 127.0.0.1:PORT until",
          "                       standard input closes, after printing its base URL and credentials",
          "  --latency MS         the fake answers each request MS milliseconds late",
          "  --rate-limit N       the fake allows N requests a minute, then answers 429",
          "  --merge-base-url URL read a real Merge (or a served fake) instead; needs MERGE_API_KEY and",
          "                       MERGE_ACCOUNT_TOKEN in the environment; syncs once, writes nothing back",
          "  --region us|eu|ap    the same, at Merge's API host for that region",
          "  --merge-rate-limit N requests a minute the linked account may make at that Merge: its",
          "                       plan's, 100 (Launch), 400 (Professional) or 600 (Enterprise);",
          "                       default 400",
          "  --read-concurrency N pages a sync reads at once (1 to 32; 1 reads page after page);",
          "                       default: chosen by the engine from the rate limit and the latency",
          "  --help               this text",
          "",
          "Exit codes: 0 done; 2 bad arguments or settings (nothing changed); 3 the mass-archive brake",
          "held changes back; 1 anything else.",
          "");

  private Usage() {}
}
