package catalog.app.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * A reader that knows the line of any character position at or after the last one asked about (the
 * CSV parser gives each record's start position), and refuses to read far past a record start that
 * has no end: at most {@code maxRecordChars} plus one read-ahead buffer are ever held. A line ends at
 * "\n", "\r\n" or a "\r" alone, as a record does for the parser.
 */
final class CharPositions extends FilterReader {
  private final int maxRecordChars;
  private final ArrayDeque<Long> lineEnds = new ArrayDeque<>();
  private long read;
  private long linesBefore;
  private long lastLine = 1;
  /**
   * No later than where the record after the last one asked about starts: every character of that one
   * had been read when the parser returned it. Counting from here, a record is refused only once it is
   * longer than the limit (it started up to one read-ahead buffer earlier). Counting from the start of
   * the record before it refused two records in a row that were each under the limit.
   */
  private long nextRecordFrom;
  /** The position of a "\r" that ended the last buffer, whose line end depends on the next character. */
  private long carriageReturn = -1;

  CharPositions(Reader in, int maxRecordChars) {
    super(in);
    this.maxRecordChars = maxRecordChars;
  }

  /** The 1-based line of the character at {@code position}; positions asked about never go back. */
  long lineOf(long position) {
    while (!lineEnds.isEmpty() && lineEnds.peekFirst() < position) {
      lineEnds.pollFirst();
      linesBefore++;
    }
    lastLine = linesBefore + 1;
    nextRecordFrom = read;
    return lastLine;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (read - nextRecordFrom > maxRecordChars) {
      throw new RecordTooLong(lastLine);
    }
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      char c = buffer[offset + i];
      if (carriageReturn >= 0 && c != '\n') {
        lineEnds.addLast(carriageReturn);
      }
      carriageReturn = -1;
      if (c == '\n') {
        lineEnds.addLast(read + i);
      } else if (c == '\r') {
        carriageReturn = read + i;
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
