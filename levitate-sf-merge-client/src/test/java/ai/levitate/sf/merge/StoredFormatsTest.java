package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.spi.NewerFormatException;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncWatermark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of JSON the library stores, read across versions from checked-in samples in {@code
 * src/test/resources/formats}: {@code v1/} as levitate-sf wrote it before format versions (commit
 * f770337, version 1 by definition), {@code current/} as this one writes it, and {@code newer/} as
 * a later levitate-sf might (the next version, with a key this one does not know).
 */
final class StoredFormatsTest {
  /** A kind of stored JSON, its sample name, and how this library reads and writes it. */
  enum Kind {
    SETTINGS(
        "settings",
        "settings",
        2,
        LevitateJson::readSettings,
        v -> LevitateJson.writeSettings((ai.levitate.sf.core.settings.SyncSettings) v)),
    CATALOG(
        "catalog",
        "field catalog",
        2,
        LevitateJson::readCatalog,
        v -> LevitateJson.writeCatalog((ai.levitate.sf.core.model.FieldCatalog) v)),
    CONTACT(
        "contact",
        "contact",
        1,
        LevitateJson::readContact,
        v -> LevitateJson.writeContact((ai.levitate.sf.core.model.LevitateContact) v)),
    CHANGE(
        "change",
        "contact change",
        1,
        LevitateJson::readChange,
        v -> LevitateJson.writeChange((ai.levitate.sf.core.spi.ContactChange) v)),
    HELD_CHANGE(
        "held-change",
        "held change",
        2,
        LevitateJson::readHeldChange,
        v -> LevitateJson.writeHeldChange((ai.levitate.sf.core.spi.HeldChange) v)),
    RUN_STATE(
        "run-state",
        "run state",
        2,
        LevitateJson::readRunState,
        v -> LevitateJson.writeRunState((RunState) v)),
    CONTACT_STATE(
        "contact-state",
        "contact state",
        2,
        LevitateJson::readContactState,
        v -> LevitateJson.writeContactState((ai.levitate.sf.core.spi.ContactState) v)),
    LEDGER_ENTRY(
        "ledger-entry",
        "ledger entry",
        2,
        LevitateJson::readLedgerEntry,
        v -> LevitateJson.writeLedgerEntry((ai.levitate.sf.core.writeback.LedgerEntry) v));

    final String file;
    final String what;
    final int current;
    final Function<String, Object> read;
    final Function<Object, String> write;

    Kind(
        String file,
        String what,
        int current,
        Function<String, Object> read,
        Function<Object, String> write) {
      this.file = file;
      this.what = what;
      this.current = current;
      this.read = read;
      this.write = write;
    }

    String sample(String version) {
      String path = "/formats/" + version + "/" + file + ".json";
      try (InputStream in = StoredFormatsTest.class.getResourceAsStream(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UncheckedIOException(path, e);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void whatThisLibraryWritesCarriesItsVersionAndIsTheCurrentSampleByteForByte(Kind kind) {
    String current = kind.sample("current");

    assertThat(current).startsWith("{\"formatVersion\":" + kind.current + ",");
    assertThat(kind.write.apply(kind.read.apply(current))).isEqualTo(current);
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = "RUN_STATE", mode = EnumSource.Mode.EXCLUDE)
  void whatAnOlderLibraryWroteWithoutAVersionReadsAsVersionOne(Kind kind) {
    Object old = kind.read.apply(kind.sample("v1"));

    assertThat(old).isEqualTo(kind.read.apply(kind.sample("current")));
    assertThat(kind.write.apply(old)).isEqualTo(kind.sample("current"));
  }

  @Test
  void aRunStateWrittenBeforeSourceClocksReadsWithoutThemAndItsWindowStartsOnTheWorkersClock() {
    RunState old = LevitateJson.readRunState(Kind.RUN_STATE.sample("v1"));
    RunState current = LevitateJson.readRunState(Kind.RUN_STATE.sample("current"));

    SyncWatermark watermark = old.watermark().orElseThrow();
    SyncCheckpoint checkpoint = old.checkpoint().orElseThrow();
    assertThat(watermark.sourceStartedAt()).isEmpty();
    assertThat(watermark.windowStart()).isEqualTo(watermark.startedAt());
    assertThat(checkpoint.readsUntil()).isEqualTo(checkpoint.startedAt());
    assertThat(old)
        .isEqualTo(
            RunState.builder()
                .from(current)
                .watermark(
                    SyncWatermark.builder()
                        .from(current.watermark().orElseThrow())
                        .sourceStartedAt(Optional.empty())
                        .build())
                .checkpoint(
                    SyncCheckpoint.builder()
                        .from(current.checkpoint().orElseThrow())
                        .sourceStartedAt(Optional.empty())
                        .build())
                .build());
    assertThat(current.watermark().orElseThrow().windowStart())
        .isEqualTo(current.watermark().orElseThrow().sourceStartedAt().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void whatANewerLibraryWroteStopsWithATypedErrorThatSaysToUpgrade(Kind kind) {
    assertThatThrownBy(() -> kind.read.apply(kind.sample("newer")))
        .isInstanceOfSatisfying(
            NewerFormatException.class,
            e -> {
              assertThat(e.what()).isEqualTo(kind.what);
              assertThat(e.version()).isEqualTo(kind.current + 1);
              assertThat(e.newestKnown()).isEqualTo(kind.current);
            })
        .hasMessage(
            "The stored "
                + kind.what
                + " has format version "
                + (kind.current + 1)
                + ", newer than the "
                + kind.current
                + " this levitate-sf reads: a newer levitate-sf"
                + " wrote it. Upgrade this worker's levitate-sf; nothing was read or changed.");
  }

  @Test
  void aFormatVersionThatIsNotAWholeNumberFromOneIsAMistakeNamingTheKey() {
    assertThatThrownBy(() -> LevitateJson.readSettings("{\"formatVersion\": \"1\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settings key \"formatVersion\" must be a whole number from 1, was \"1\"");
    assertThatThrownBy(() -> LevitateJson.readLedgerEntry("{\"formatVersion\": 0}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ledger entry key \"formatVersion\" must be a whole number from 1, was 0");
  }
}
