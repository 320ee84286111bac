package catalog.infra.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A semaphore whose limit changes while permits are held. */
class PermitsTest {

  @Test
  void growingLetsMoreInAtOnce() {
    Permits permits = new Permits(1);
    assertTrue(permits.tryAcquire());
    assertFalse(permits.tryAcquire());

    permits.resize(3);

    assertTrue(permits.tryAcquire());
    assertTrue(permits.tryAcquire());
    assertFalse(permits.tryAcquire());
    assertEquals(3, permits.inUse());
  }

  @Test
  void shrinkingBelowWhatIsHeldLetsNobodyInUntilEnoughLeave() {
    Permits permits = new Permits(3);
    for (int i = 0; i < 3; i++) {
      assertTrue(permits.tryAcquire());
    }

    permits.resize(1);

    assertEquals(1, permits.limit());
    assertFalse(permits.tryAcquire());
    permits.release();
    assertFalse(permits.tryAcquire());
    permits.release();
    assertFalse(permits.tryAcquire(), "one is still held, and the limit is one");
    permits.release();
    assertTrue(permits.tryAcquire());
    assertEquals(1, permits.inUse());
  }

  @Test
  void zeroIsAValidLimitAndNegativeIsNot() {
    Permits permits = new Permits(2);
    permits.resize(0);
    assertFalse(permits.tryAcquire());
    assertEquals(0, permits.inUse());
    assertThrows(IllegalArgumentException.class, () -> permits.resize(-1));
  }
}
