package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.SyncStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Kills a run at one chosen call into the SPI, the way a crashed worker stops: every source
 * request, every store read, and both sides of every commit (before: the page is lost; after: the
 * page is stored but the engine never hears so) count as a point to die at.
 */
final class Crasher {
  /** What a killed worker throws; nothing catches it on the way out. */
  static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Killed(long point) {
      super("killed at call " + point, null, false, false);
    }
  }

  private long calls;
  private long killAt = -1;

  /** Kills at the {@code point}-th call counted from the start. */
  void killAt(long point) {
    killAt = point;
  }

  long calls() {
    return calls;
  }

  ContactSource source(ContactSource inner) {
    return (ContactSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ContactSource.class}, handler(inner));
  }

  /** A store and sink in one, as the engine's storage. */
  Object storage(Object inner) {
    return Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {SyncStore.class, ContactSink.class},
        handler(inner));
  }

  private InvocationHandler handler(Object inner) {
    return (proxy, method, args) -> {
      if (method.getName().equals("requestCount") || method.getName().equals("listsByCreatedAt")) {
        return method.invoke(inner, args);
      }
      tick();
      try {
        Object result = method.invoke(inner, args);
        if (method.getName().equals("commit")) {
          tick();
        }
        return result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }

  private void tick() {
    calls++;
    if (calls == killAt) {
      throw new Killed(calls);
    }
  }
}
