package ai.levitate.sf.reliability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * Kills a process at one chosen call into the SPI, as a crashed worker stops: every call to the
 * source, the sync store, the note writer and the write-back ledger counts as a point to die at,
 * and so does the moment right after a commit, a note write or a ledger save (the effect is
 * durable, but the engine never hears of it).
 */
final class KillSwitch {
  /** What a killed process throws; the engines let it through like any crash. */
  static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Killed(long point) {
      super("process killed at SPI call " + point, null, false, false);
    }
  }

  private static final Set<String> DURABLE = Set.of("commit", "write", "save");

  private final long killAt;
  private long calls;

  private KillSwitch(long killAt) {
    this.killAt = killAt;
  }

  /** A switch that kills at the {@code point}-th call (from 1). */
  static KillSwitch at(long point) {
    return new KillSwitch(point);
  }

  /** A switch that never kills. */
  static KillSwitch never() {
    return new KillSwitch(-1);
  }

  /** {@code inner} behind a proxy with {@code type} (and {@code more}) that counts its calls. */
  @SuppressWarnings("unchecked") // The proxy implements type, so the cast cannot fail.
  <T> T wrap(Class<T> type, T inner, Class<?>... more) {
    Class<?>[] types = new Class<?>[more.length + 1];
    types[0] = type;
    System.arraycopy(more, 0, types, 1, more.length);
    return (T) Proxy.newProxyInstance(getClass().getClassLoader(), types, handler(inner));
  }

  private InvocationHandler handler(Object inner) {
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class || method.getName().equals("requestCount")) {
        return method.invoke(inner, args);
      }
      tick();
      try {
        Object result = method.invoke(inner, args);
        if (DURABLE.contains(method.getName())) {
          tick();
        }
        return result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }

  private synchronized void tick() {
    calls++;
    if (calls == killAt) {
      throw new Killed(calls);
    }
  }
}
