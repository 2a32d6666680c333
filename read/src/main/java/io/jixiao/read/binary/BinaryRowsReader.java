package io.jixiao.read.binary;

/** Reads the tables of one binary document format (xlsx, xls, docx, doc, pdf) into rows of cells. */
public interface BinaryRowsReader {

    /** The format's name as reported in ParsedDocument.layout. */
    String name();

    SourceRows read(byte[] bytes, DocumentLimits limits) throws DocumentRejectedException;
}
