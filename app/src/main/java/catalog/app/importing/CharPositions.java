package catalog.app.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * A reader that knows the line of any character position at or after the last one asked about (the
 * CSV parser gives each record's start position), and refuses to read far past a record start that
 * has no end: at most {@code maxRecordChars} plus one read-ahead buffer are ever held.
 */
final class CharPositions extends FilterReader {
  private final int maxRecordChars;
  private final ArrayDeque<Long> newlines = new ArrayDeque<>();
  private long read;
  private long linesBefore;
  private long recordStart;

  CharPositions(Reader in, int maxRecordChars) {
    super(in);
    this.maxRecordChars = maxRecordChars;
  }

  /** The 1-based line of the character at {@code position}; positions asked about never go back. */
  long lineOf(long position) {
    while (!newlines.isEmpty() && newlines.peekFirst() < position) {
      newlines.pollFirst();
      linesBefore++;
    }
    recordStart = position;
    return linesBefore + 1;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (read - recordStart > maxRecordChars) {
      throw new RecordTooLong(lineOf(recordStart));
    }
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      if (buffer[offset + i] == '\n') {
        newlines.addLast(read + i);
      }
    }
    if (n > 0) {
      read += n;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) == -1 ? -1 : one[0];
  }

  /** A record after the last one read ran past the limit: most likely a quote that is never closed. */
  static final class RecordTooLong extends IOException {
    private final long lastLine;

    RecordTooLong(long lastLine) {
      super("a record after line " + lastLine + " is longer than the limit (a quote that is never closed?)");
      this.lastLine = lastLine;
    }

    /** The line the last complete record started on (1 for the header). */
    long lastLine() {
      return lastLine;
    }
  }
}
