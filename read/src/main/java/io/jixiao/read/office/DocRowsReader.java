package io.jixiao.read.office;

import io.jixiao.read.binary.BinaryRowsReader;
import io.jixiao.read.binary.Deadline;
import io.jixiao.read.binary.DocumentLimits;
import io.jixiao.read.binary.DocumentRejectedException;
import io.jixiao.read.binary.SourceRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word 97-2003 document (.doc, by POI's HWPF) as {@link DocxRowsReader} reads a docx: the main text's
 * paragraphs in reading order, a paragraph outside the tables with text a row of one cell, each table row a row of
 * cells.
 *
 * <ul>
 *   <li>A cell spanning n of the table's columns ({@link ColumnEdges}) is its text followed by n - 1 empty cells.
 *   <li>A cell continuing a merge, across (fMerged) or down (fVertMerge), is empty: the merged value is the first
 *       cell's.
 *   <li>A cell's paragraphs are joined by line breaks; Word's control characters are read as {@link WordBinaryText}
 *       says.
 * </ul>
 *
 * <p>Lines and places as {@link WordRows} numbers and names them. Word 6.0/95 files are rejected: POI has only "very
 * simple support" for them (HWPFOldDocument).
 */
public final class DocRowsReader implements BinaryRowsReader {

    private static final String WORD_STREAM = "WordDocument";
    /** The first field of a Word 6.0 or Word 95 file's header (wIdent); Word 97-2003 writes 0xA5EC. */
    private static final int WORD_6_95_IDENT = 0xA5DC;

    @Override
    public String name() {
        return "doc";
    }

    @Override
    public SourceRows read(byte[] bytes, DocumentLimits limits) throws DocumentRejectedException {
        DocumentLimits.guardPoi();
        Deadline deadline = limits.deadline();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range text = document.getRange();
            WordRows rows = new WordRows(limits);
            int i = 0;
            while (i < text.numParagraphs()) {
                deadline.check();
                Paragraph paragraph = text.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = text.getTable(paragraph);
                    readTable(table, rows, deadline);
                    i += Math.max(1, table.numParagraphs());
                } else {
                    rows.paragraph(WordBinaryText.visible(paragraph.text()));
                    i++;
                }
            }
            return rows.sourceRows();
        } catch (EncryptedDocumentException e) {
            throw new DocumentRejectedException("encrypted (password-protected) Word document", e);
        } catch (OldWordFileFormatException e) {
            // HWPF says so of any header with a version below Word 97's, a zeroed one too
            throw new DocumentRejectedException(isWord6Or95(bytes)
                    ? "Word 6.0/95 document, which is not read: save it as docx or as Word 97-2003 (.doc)"
                    : "corrupt doc document: its header (FIB) is neither Word 97-2003's nor Word 6.0/95's", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRejectedException("corrupt doc document: " + e.getMessage(), e);
        }
    }

    private static boolean isWord6Or95(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
             DocumentInputStream header = fs.createDocumentInputStream(WORD_STREAM)) {
            return header.readUShort() == WORD_6_95_IDENT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void readTable(Table table, WordRows rows, Deadline deadline) throws DocumentRejectedException {
        rows.startTable();
        ColumnEdges columns = columns(table, deadline);
        for (int r = 0; r < table.numRows(); r++) {
            deadline.check();
            TableRow tableRow = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < tableRow.numCells(); c++) {
                TableCell cell = tableRow.getCell(c);
                cells.add(continuesMerge(cell) ? "" : text(cell));
                for (int span = columns.span(cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth()); span > 1;
                     span--) {
                    cells.add("");
                }
            }
            rows.tableRow(cells);
        }
    }

    private static ColumnEdges columns(Table table, Deadline deadline) throws DocumentRejectedException {
        IntStream.Builder edges = IntStream.builder();
        for (int r = 0; r < table.numRows(); r++) {
            deadline.check();
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        return ColumnEdges.of(edges.build().toArray());
    }

    private static boolean continuesMerge(TableCell cell) {
        return cell.isMerged() && !cell.isFirstMerged() || cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
    }

    private static String text(TableCell cell) {
        List<String> paragraphs = new ArrayList<>(cell.numParagraphs());
        for (int p = 0; p < cell.numParagraphs(); p++) {
            paragraphs.add(WordBinaryText.visible(cell.getParagraph(p).text()));
        }
        return WordRows.cellText(paragraphs);
    }
}
