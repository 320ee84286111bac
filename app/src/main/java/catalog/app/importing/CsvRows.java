package catalog.app.importing;

import catalog.domain.FieldError;
import catalog.domain.importing.ClassificationIds;
import catalog.domain.importing.ImportRow;
import catalog.domain.importing.ImportRows;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV input (RFC 4180: comma-separated, double quotes, UTF-8, optional BOM). The header row
 * names the columns (see {@link CsvColumns}); each later record is one product, numbered by the line
 * it starts on. Blank lines are skipped.
 */
final class CsvRows implements ImportRows {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final CharPositions positions;
  private final Iterator<CSVRecord> records;
  private final CsvColumns columns;
  private final RowReader reader;

  private CsvRows(CharPositions positions, Iterator<CSVRecord> records, CsvColumns columns, RowReader reader) {
    this.positions = positions;
    this.records = records;
    this.columns = columns;
    this.reader = reader;
  }

  static CsvRows open(InputStream in, ObjectMapper mapper, RowReader reader) {
    Reader decoded = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
    CharPositions positions = new CharPositions(withoutBom(decoded), ImportInputs.MAX_ROW_BYTES);
    try {
      CSVParser parser = FORMAT.parse(positions);
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord header = nextRecord(records, positions);
      if (header == null) {
        throw new UnreadableInput("header", "is missing: a CSV import starts with a header row naming its columns");
      }
      return new CsvRows(positions, records, CsvColumns.of(header.toList()), reader);
    } catch (IOException e) {
      throw unreadable(positions, e);
    }
  }

  @Override
  public ImportRow next(ClassificationIds names) {
    CSVRecord record = nextRecord(records, positions);
    if (record == null) {
      return null;
    }
    long line = positions.lineOf(record.getCharacterPosition());
    if (record.size() != columns.size()) {
      return new ImportRow.Invalid(line, "row: has " + record.size() + " values but the header names "
          + columns.size() + " columns");
    }
    List<FieldError> errors = new ArrayList<>();
    var row = columns.row(record.toList(), errors);
    if (!errors.isEmpty()) {
      return new ImportRow.Invalid(line, RowReader.detail(errors));
    }
    return reader.read(line, row, names);
  }

  /** The next record that is not a blank line, or null at the end. */
  private static CSVRecord nextRecord(Iterator<CSVRecord> records, CharPositions positions) {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!(record.size() == 1 && record.get(0).isBlank())) {
          return record;
        }
        positions.lineOf(record.getCharacterPosition());
      }
      return null;
    } catch (UncheckedIOException e) {
      throw unreadable(positions, e.getCause());
    } catch (IllegalStateException e) {
      throw unreadable(positions, e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }
  }

  private static UnreadableInput unreadable(CharPositions positions, IOException e) {
    if (e instanceof CharPositions.RecordTooLong tooLong) {
      return new UnreadableInput("after line " + tooLong.lastLine(), "a record is longer than " + ImportInputs.MAX_ROW_BYTES
          + " characters (a quote that is never closed?)", e);
    }
    if (e instanceof CharacterCodingException) {
      return notUtf8(e);
    }
    return new UnreadableInput("body", "could not be read as CSV: " + e.getMessage(), e);
  }

  private static UnreadableInput notUtf8(IOException e) {
    return new UnreadableInput("body", "is not valid UTF-8, the only encoding the import reads (convert the file "
        + "first, e.g. iconv -f windows-1252 -t utf-8)", e);
  }

  private static Reader withoutBom(Reader reader) {
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      return reader;
    } catch (IOException e) {
      throw e instanceof CharacterCodingException ? notUtf8(e)
          : new UnreadableInput("body", "could not be read: " + e.getMessage(), e);
    }
  }
}
