package io.jixiao.read.table;

import io.jixiao.schema.Memo;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns the cells of a table row to its header's columns. Text sources drop merged cells (a level-1 name written once
 * for its group), so a row's first cell is not always under the header's first column; nor is its last cell under the
 * last. The aligner places the row's cells in order on increasing columns, maximising how well each cell fits its
 * column ({@link #fit}): leading and trailing columns may stay empty for free, an empty cell may fill a column, a
 * column skipped between two placed cells costs {@link #GAP} and a non-empty cell left unplaced costs {@link #DROP}.
 *
 * <p>Precision first: a cell whose place an alternative alignment, scoring within {@link #MARGIN} of the best, puts
 * under another column is marked uncertain, and its value must not be stored.
 */
public final class RowAligner {

    static final double GAP = 2.0;
    static final double DROP = 3.0;
    static final double MARGIN = 0.75;
    private static final double NEVER = -1e9;

    /** Where each cell went ({@code -1}: not placed) and which placements are uncertain. */
    public record Alignment(int[] columns, boolean[] uncertain, double score) {

        public int columnOf(int cell) {
            return columns[cell];
        }

        /** The cell placed under {@code column}, or -1. */
        public int cellAt(int column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] == column) {
                    return i;
                }
            }
            return -1;
        }
    }

    private RowAligner() {
    }

    /** The alignment of a row whose cell {@code i} stands under column {@code i} ({@code Row.placed()}). */
    public static Alignment asPlaced(int cells, int columns) {
        int[] placed = new int[cells];
        for (int i = 0; i < cells; i++) {
            placed[i] = i < columns ? i : -1;
        }
        return new Alignment(placed, new boolean[cells], 0);
    }


    /**
     * A row's shape under a header's columns as one string, cheap to hash and compare: a char per cell class, a
     * separator, a char per column field.
     */
    private static String shape(List<CellClass> cells, List<TableField> columns) {
        char[] codes = new char[cells.size() + 1 + columns.size()];
        for (int i = 0; i < cells.size(); i++) {
            codes[i] = (char) ('A' + cells.get(i).ordinal());
        }
        codes[cells.size()] = '|';
        for (int j = 0; j < columns.size(); j++) {
            codes[cells.size() + 1 + j] = (char) ('A' + columns.get(j).ordinal());
        }
        return new String(codes);
    }

    private static Alignment solveAlignment(String shape) {
        int separator = shape.indexOf('|');
        CellClass[] classes = CellClass.values();
        TableField[] fields = TableField.values();
        List<CellClass> cells = shape.substring(0, separator).chars().mapToObj(code -> classes[code - 'A']).toList();
        List<TableField> columns = shape.substring(separator + 1).chars().mapToObj(code -> fields[code - 'A'])
                .toList();
        return solveAlignment(cells, columns);
    }

    // Forms of one template repeat the same few row shapes under the same header: each is aligned once.
    private static final Memo<String, Alignment> ALIGNED = new Memo<>(RowAligner::solveAlignment, 20_000);

    /** The best placement of a row's cells under the columns (the arrays are shared: read them, never write). */
    public static Alignment align(List<CellClass> cells, List<TableField> columns) {
        return ALIGNED.get(shape(cells, columns));
    }

    private static Alignment solveAlignment(List<CellClass> cells, List<TableField> columns) {
        int n = cells.size();
        int m = columns.size();
        double[][] fit = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                fit[i][j] = fit(columns.get(j), cells.get(i));
            }
        }
        double[] drop = new double[n];
        for (int i = 0; i < n; i++) {
            drop[i] = cells.get(i) == CellClass.EMPTY ? 0 : -DROP;
        }
        int[] best = new int[n];
        double score = solve(fit, drop, -1, -1, best);
        boolean[] uncertain = new boolean[n];
        int[] alternative = new int[n];
        for (int i = 0; i < n; i++) {
            if (best[i] < 0 || cells.get(i) == CellClass.EMPTY) {
                continue;
            }
            double other = solve(fit, drop, i, best[i], alternative);
            uncertain[i] = other >= score - MARGIN && alternative[i] >= 0
                    && columns.get(alternative[i]) != columns.get(best[i]);
        }
        return new Alignment(best, uncertain, score);
    }

    /**
     * The best total over placements, written into {@code placed}; the cell {@code bannedCell} may not go under
     * column {@code bannedColumn}. State: cells [0, i) handled, columns [j, m) still free.
     */
    private static double solve(double[][] fit, double[] drop, int bannedCell, int bannedColumn, int[] placed) {
        int n = drop.length;
        int m = n == 0 ? 0 : fit[0].length;
        double[][] value = new double[n + 1][m + 1];
        int[][] choice = new int[n + 1][m + 1];
        for (double[] row : value) {
            Arrays.fill(row, NEVER);
        }
        for (int j = 0; j <= m; j++) {
            value[n][j] = 0;
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = 0; j <= m; j++) {
                double bestValue = drop[i] + value[i + 1][j];
                int bestChoice = -1;
                for (int k = j; k < m; k++) {
                    if (i == bannedCell && k == bannedColumn) {
                        continue;
                    }
                    double gap = i == 0 ? 0 : (k - j) * GAP;
                    double candidate = fit[i][k] - gap + value[i + 1][k + 1];
                    if (candidate > bestValue + 1e-9) {
                        bestValue = candidate;
                        bestChoice = k;
                    }
                }
                value[i][j] = bestValue;
                choice[i][j] = bestChoice;
            }
        }
        int j = 0;
        for (int i = 0; i < n; i++) {
            placed[i] = choice[i][j];
            if (placed[i] >= 0) {
                j = placed[i] + 1;
            }
        }
        return n == 0 ? 0 : value[0][0];
    }

    /** How well a cell of this class fits a column holding this field (positive: fits, negative: does not). */
    public static double fit(TableField field, CellClass cell) {
        if (cell == CellClass.EMPTY) {
            return 0;
        }
        return switch (field) {
            case LEVEL1 -> switch (cell) {
                case LEVEL1 -> 3;
                case LEVEL_EITHER -> 2;
                case LEVEL2 -> -1.5;
                case TEXT, QUALITATIVE -> -0.5;
                case ABSENT -> -1;
                default -> -5;
            };
            case LEVEL2 -> switch (cell) {
                case LEVEL2 -> 3;
                case LEVEL_EITHER -> 2;
                case LEVEL1 -> -1.5;
                case TEXT, QUALITATIVE -> 0;
                case ABSENT -> -1;
                default -> -5;
            };
            case KEY_WORK -> switch (cell) {
                case TEXT, QUALITATIVE -> 0.5;
                case ABSENT -> -1;
                case LEVEL1, LEVEL2, LEVEL_EITHER -> -2;
                default -> -5;
            };
            case NAME -> switch (cell) {
                case TEXT -> 2;
                case QUALITATIVE -> 1;
                case VALUE -> -1;
                case NUMBER -> -2;
                case LEVEL1, LEVEL2, LEVEL_EITHER -> -2;
                default -> -3;
            };
            case TARGET, TARGET_HALF, ACTUAL, PRIOR_ACTUAL -> switch (cell) {
                case VALUE, PERCENT -> 2;
                case NUMBER -> 1.5;
                case QUALITATIVE, COMPARATOR, DIRECTION -> 1;
                case TEXT -> 0.5;
                case ABSENT -> 0.5;
                default -> -3;
            };
            case WEIGHT, LEVEL_WEIGHT, SCORE -> switch (cell) {
                case NUMBER -> 2;
                case ABSENT -> 0.5;
                default -> -5;
            };
            case REASON -> switch (cell) {
                case TEXT, QUALITATIVE -> 0.5;
                case ABSENT -> 0.5;
                case LEVEL1, LEVEL2, LEVEL_EITHER -> -2;
                default -> -1;
            };
            case COMPARATOR -> cell == CellClass.COMPARATOR || cell == CellClass.DIRECTION ? 3 : -3;
            case DIRECTION -> cell == CellClass.DIRECTION || cell == CellClass.COMPARATOR ? 3 : -3;
            case UNIT -> cell == CellClass.QUALITATIVE ? 1 : cell == CellClass.ABSENT ? 0.5 : -3;
            case INITIAL, FULL_YEAR, HALF_YEAR, EXECUTED -> switch (cell) {
                case NUMBER -> 2;
                case ABSENT -> 0.5;
                default -> -5;
            };
            case RATE -> switch (cell) {
                case PERCENT -> 3;
                case NUMBER -> 0.5;
                case ABSENT -> 0.5;
                default -> -5;
            };
            case LABEL -> cell == CellClass.TEXT || cell == CellClass.QUALITATIVE ? 1 : -3;
            case IGNORED -> cell.isNumeric() ? -1 : cell == CellClass.VALUE || cell == CellClass.PERCENT ? -0.5 : 0;
        };
    }
}
