package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.spi.SyncStore;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

final class SyncEngineBuilderTest {

  @Test
  void buildNamesTheFirstMissingPartWithIllegalState() {
    SyncEngine.Builder builder = SyncEngine.builder();
    assertMissing(builder, "source must be set to the account's ContactSource.");
    builder.source(stub(ContactSource.class));
    assertMissing(builder, "storage must be set to the account's SyncStore.");
    builder.sink(stub(ContactSink.class));
    assertMissing(builder, "storage must be set to the account's SyncStore.");
    builder.storage(stub(SyncStore.class));
    assertMissing(
        builder, "lock must be set to a SyncLock, so two workers never sync one account at once.");
    builder.lock(stub(SyncLock.class));
    assertMissing(builder, "settings must be set to the account's SyncSettings.");
    builder.settings(SyncSettings.defaults());
    assertThat(builder.build()).isNotNull();
  }

  @Test
  void newBuilderHoldsEverySettingTheEngineWasBuiltWith() throws Exception {
    SyncEngine.Builder original =
        SyncEngine.builder()
            .source(stub(ContactSource.class))
            .storage(stub(SyncStore.class))
            .sink(stub(ContactSink.class))
            .lock(stub(SyncLock.class))
            .listener(stub(SyncListener.class))
            .settings(SyncSettings.defaults())
            .clock(Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC))
            .overlap(Duration.ofMinutes(7))
            .leaseDuration(Duration.ofMinutes(3))
            .holder("worker-7")
            .pageSize(40)
            .readConcurrency(4)
            .executor(Runnable::run)
            .nanoClock(() -> 42L)
            .fullReconciliationEvery(Duration.ofDays(2))
            .sourceClockTolerance(Duration.ofSeconds(5))
            .accountKey("acme");
    SyncEngine engine = original.build();

    SyncEngine.Builder derived = engine.newBuilder();

    for (Field field : SyncEngine.Builder.class.getDeclaredFields()) {
      field.setAccessible(true);
      assertThat(field.get(derived)).as(field.getName()).isNotNull().isSameAs(field.get(original));
    }
    Field settings = SyncEngine.Builder.class.getDeclaredField("settings");
    settings.setAccessible(true);
    SyncSettings candidate = SyncSettings.builder().optOutField("Opt_Out__c").build();
    derived.settings(candidate).build();
    assertThat(settings.get(engine.newBuilder())).isSameAs(settings.get(original));
  }

  private static void assertMissing(SyncEngine.Builder builder, String message) {
    assertThatThrownBy(builder::build)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  /** An instance that refuses every call: building an engine calls nothing on its parts. */
  static <T> T stub(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            }));
  }

  @Test
  void overlapMustNotBeNegative() {
    assertThatThrownBy(() -> SyncEngine.builder().overlap(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overlap must be zero or more, was PT-1M.");
  }

  @Test
  void leaseDurationMustBePositive() {
    assertThatThrownBy(() -> SyncEngine.builder().leaseDuration(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaseDuration must be more than zero, was PT0S.");
  }

  @Test
  void pageSizeMustFitMergesLimit() {
    assertThatThrownBy(() -> SyncEngine.builder().pageSize(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize must be between 1 and 100, was 101.");
  }

  @Test
  void holderMustNotBeBlank() {
    assertThatThrownBy(() -> SyncEngine.builder().holder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holder must not be blank.");
  }

  @Test
  void accountKeyMustNotBeBlankNorTheClockToleranceNegative() {
    assertThatThrownBy(() -> SyncEngine.builder().accountKey(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountKey must not be blank.");
    assertThatThrownBy(() -> SyncEngine.builder().sourceClockTolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourceClockTolerance must be zero or more, was PT-1S.");
    assertThatThrownBy(() -> RunControl.deadline(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deadline == null");
  }

  @Test
  void fullReconciliationEveryMustNotBeNegative() {
    assertThatThrownBy(() -> SyncEngine.builder().fullReconciliationEvery(Duration.ofDays(-7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fullReconciliationEvery must be zero or more (zero: never), was PT-168H.");
  }

  @Test
  void durationsAreDescribedInTheUnitThatFitsThem() {
    assertThat(Planner.describe(Duration.ofDays(7))).isEqualTo("7 days");
    assertThat(Planner.describe(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(Planner.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(Planner.describe(Duration.ofSeconds(61))).isEqualTo("PT1M1S");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> SyncEngine.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock == null");
  }
}
