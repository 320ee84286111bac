package catalog.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a {@code \r} before it is dropped), holding one line
 * at a time. A line longer than the limit is skipped to its end and reported as too long, so that a
 * body without newlines cannot fill the memory.
 */
final class ByteLines {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;
  private boolean ended;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    if (ended) {
      return false;
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        ended = true;
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        break;
      }
    }
    number++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  /** 1-based number of the current line. */
  long number() {
    return number;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** The current line's bytes, valid until the next call to {@link #next()}; see {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong;
  }

  private void append(int from, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if (length + count > maxLineBytes) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes + 1, Math.max(line.length * 2, length + count)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
