package org.oerfed.graph.concepts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oerfed.core.error.OerfedException;

/**
 * A table from the values sources write to the notations of one vocabulary's concepts, kept as data so that
 * a new source's spelling is one line, not code. The file is UTF-8: lines starting with {@code #} and blank
 * lines are skipped, every other line is {@code value<TAB>notation}. Values are compared after
 * {@link TextFolding#fold folding}, so one line covers every casing and accent of a value.
 *
 * @param name the table's file name, for messages
 * @param rows the rows in file order
 */
public record MappingTable(String name, List<Row> rows) {

    /** One row: a value as sources write it, and the notation of the concept it means. */
    public record Row(String value, String notation) {
        public Row {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(notation, "notation");
        }
    }

    public MappingTable {
        Objects.requireNonNull(name, "name");
        rows = List.copyOf(rows);
    }

    /** A table without rows. */
    public static MappingTable empty(String name) {
        return new MappingTable(name, List.of());
    }

    /**
     * @throws OerfedException SETUP when a line is not {@code value<TAB>notation}: the table ships with the
     *                         service, so a bad line is a defect of the release
     */
    public static MappingTable read(String name, InputStream in) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw OerfedException.setup("mapping table " + name + ", line " + number
                            + ": expected 'value<TAB>notation', found '" + line + "'", null);
                }
                rows.add(new Row(cells[0].strip(), cells[1].strip()));
            }
        } catch (IOException e) {
            throw OerfedException.setup("cannot read mapping table " + name, e);
        }
        return new MappingTable(name, rows);
    }
}
