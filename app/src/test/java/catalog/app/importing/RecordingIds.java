package catalog.app.importing;

import catalog.domain.classification.ClassificationName;
import catalog.domain.classification.Kind;
import catalog.domain.importing.ClassificationIds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Names to ids without a store: the same (kind, folded name) always gives the same id; every lookup is recorded. */
final class RecordingIds implements ClassificationIds {
  final List<String> asked = new ArrayList<>();

  @Override
  public UUID idOf(Kind kind, ClassificationName name) {
    asked.add(kind.key() + "=" + name.value());
    return id(kind, name.value());
  }

  static UUID id(Kind kind, String name) {
    return UUID.nameUUIDFromBytes((kind.key() + "/" + name.toLowerCase()).getBytes(StandardCharsets.UTF_8));
  }
}
