package catalog.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SourceOrderTest {

  @Test
  void knownSourcesComeFirstInTheirOrderThenTheRestByName() {
    List<String> sorted = Stream.of("zeta", "auto", "gs1", "alpha", "manual", "private", "taco", "tbca")
        .sorted(Comparator.comparingInt(SourceOrder::rank).thenComparing(Comparator.naturalOrder()))
        .toList();
    assertEquals(List.of("manual", "tbca", "taco", "private", "gs1", "auto", "alpha", "zeta"), sorted);
  }

  @Test
  void unknownSourcesShareTheLastRank() {
    assertEquals(0, SourceOrder.rank("manual"));
    assertEquals(5, SourceOrder.rank("auto"));
    assertEquals(6, SourceOrder.rank("ifct2017"));
    assertEquals(6, SourceOrder.rank("Manual"));
  }
}
