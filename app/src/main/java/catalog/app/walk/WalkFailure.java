package catalog.app.walk;

/** The walk could not go on: the service refused a request or answered something unexpected. */
final class WalkFailure extends RuntimeException {
  WalkFailure(String message) {
    super(message);
  }
}
