package catalog.app.sweep;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A sweep's output directory as a reader sees it: CSV rows by column name, and the reports' text. */
record SweepOutputs(Path dir) {
  List<String> header(String csv) {
    try (Reader r = Files.newBufferedReader(dir.resolve(csv));
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getHeaderNames();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Map<String, String>> rows(String csv) {
    try (Reader r = Files.newBufferedReader(dir.resolve(csv));
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<Map<String, String>> out = new ArrayList<>();
      for (CSVRecord record : p) {
        out.add(new LinkedHashMap<>(record.toMap()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(String file) {
    try {
      return Files.readString(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double number(Map<String, String> row, String column) {
    String v = row.get(column);
    if (v == null) {
      throw new AssertionError("no column " + column + " in " + row);
    }
    return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
  }
}
