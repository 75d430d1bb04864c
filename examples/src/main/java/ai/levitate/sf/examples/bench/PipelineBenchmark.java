package ai.levitate.sf.examples.bench;

import ai.levitate.sf.core.transform.TransformResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 2: the CPU a page of 100 Merge contacts costs on one thread, through the client's
 * parse and mapping and core's transform, beside a bare Jackson {@code readTree} of the same bytes.
 * {@link #main} runs both under JMH and prints contacts a second and their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class PipelineBenchmark {
  private PagePipeline page;

  @Setup
  public void setUp() {
    page = new PagePipeline();
  }

  /** Parse, map to {@code SourceContact} and transform to a Levitate contact. */
  @Benchmark
  public List<TransformResult> pipeline() {
    return page.pipeline();
  }

  /** Only Jackson's tree of the same bytes. */
  @Benchmark
  public JsonNode bareReadTree() {
    return page.readTree();
  }

  public static void main(String[] args) throws RunnerException {
    System.out.println(Bench.format("CPU: a page of %d generated Merge contacts, %,d bytes,"
        + " on one thread", PagePipeline.CONTACTS, new PagePipeline().bytes()));
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(PipelineBenchmark.class.getName() + "\\.")
        .build()).run();
    double pipeline = 0;
    double bare = 0;
    for (RunResult result : results) {
      double pages = result.getPrimaryResult().getScore();
      String name = result.getParams().getBenchmark();
      if (name.endsWith(".pipeline")) {
        pipeline = pages;
      } else {
        bare = pages;
      }
    }
    System.out.println(Bench.format("%-34s %,12.0f contacts/s", "pipeline (parse, map, transform)",
        pipeline * PagePipeline.CONTACTS));
    System.out.println(Bench.format("%-34s %,12.0f contacts/s", "bare Jackson readTree",
        bare * PagePipeline.CONTACTS));
    System.out.println(Bench.format("pipeline / readTree: %.2f; target: 0.50 or more: %s",
        pipeline / bare, pipeline / bare >= 0.5 ? "met" : "MISSED"));
  }
}
