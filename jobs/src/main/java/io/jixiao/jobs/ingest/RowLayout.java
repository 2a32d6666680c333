package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.Column;
import io.jixiao.schema.warehouse.WarehouseTable;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * How the rows of a table are laid out: where each column sits, by name, and which columns may not be null.
 *
 * <p>An ingest sets each row's values by column name, some twenty look-ups for every form, fund line, indicator and
 * finding. The names are kept in an open-addressing table of their own, probed with {@link String}'s cached hash and
 * its {@code equals}, which the JIT inlines. A {@code Map.of} look-up calls {@code hashCode} and {@code equals} through
 * call sites that every other map in the JVM shares, and was a third of the time spent making the rows (issue 19).
 */
final class RowLayout {

    private static final Map<String, RowLayout> LAYOUTS = new ConcurrentHashMap<>();

    private final WarehouseTable table;
    /** The column names by slot (a power of two, at least twice the columns), null where empty. */
    private final String[] names;
    /** The position of the column in {@link #names}' slot. */
    private final int[] positions;
    private final boolean[] required;

    private RowLayout(WarehouseTable table) {
        this.table = requireNonNull(table, "table");
        List<Column> columns = table.columns();
        int slots = Integer.highestOneBit(Math.max(1, columns.size()) * 2) * 2;
        this.names = new String[slots];
        this.positions = new int[slots];
        this.required = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            int slot = slot(name);
            if (names[slot] != null) {
                throw new IllegalArgumentException("table " + table.name() + " has two columns named " + name);
            }
            names[slot] = name;
            positions[slot] = i;
            required[i] = !columns.get(i).nullable();
        }
    }

    /** The layout of a table's rows, made once for each of the warehouse's tables. */
    static RowLayout of(WarehouseTable table) {
        RowLayout layout = LAYOUTS.computeIfAbsent(table.name(), name -> new RowLayout(table));
        // by identity: comparing the columns would cost more than the layout saves; another table of the same name
        // (a test's) gets a layout of its own
        return layout.table == table ? layout : new RowLayout(table);
    }

    WarehouseTable table() {
        return table;
    }

    int columns() {
        return required.length;
    }

    /** Where a column sits in the table's rows. */
    int position(String column) {
        int slot = slot(column);
        if (names[slot] == null) {
            throw new IllegalArgumentException("table " + table.name() + " has no column " + column);
        }
        return positions[slot];
    }

    /** Fails, naming the column, when a row leaves a column that may not be null without a value. */
    void requireValues(Object[] row) {
        for (int i = 0; i < required.length; i++) {
            if (required[i] && row[i] == null) {
                throw new IllegalStateException(table.name() + "." + table.columns().get(i).name()
                        + " may not be null");
            }
        }
    }

    /** The column's slot, or the empty slot where it would be. */
    private int slot(String name) {
        int mask = names.length - 1;
        int hash = name.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (names[slot] != null && !names[slot].equals(name)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
