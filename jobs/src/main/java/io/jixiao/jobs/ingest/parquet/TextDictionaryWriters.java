package io.jixiao.jobs.ingest.parquet;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;

/**
 * parquet-java's choice of each column's values writer, but for text columns written with a dictionary, whose
 * dictionary writer is a {@link RepeatedTextDictionaryWriter}. One per {@link ParquetProperties} (it keeps them).
 */
final class TextDictionaryWriters implements ValuesWriterFactory {

    private final ValuesWriterFactory defaults = new DefaultValuesWriterFactory();
    private ParquetProperties properties;

    @Override
    public void initialize(ParquetProperties properties) {
        if (properties.getWriterVersion() != ParquetProperties.WriterVersion.PARQUET_1_0) {
            throw new IllegalArgumentException("written as Parquet 1.0 pages only, not "
                    + properties.getWriterVersion());
        }
        this.properties = properties;
        defaults.initialize(properties);
    }

    @Override
    public ValuesWriter newValuesWriter(ColumnDescriptor column) {
        ValuesWriter writer = defaults.newValuesWriter(column);
        if (writer instanceof FallbackValuesWriter<?, ?> fallback
                && fallback.initialWriter.getClass() == PlainBinaryDictionaryValuesWriter.class) {
            // Parquet 1.0 pages label both the dictionary and the values that refer to it PLAIN_DICTIONARY
            return FallbackValuesWriter.of(new RepeatedTextDictionaryWriter(
                            properties.getDictionaryPageSizeThreshold(), Encoding.PLAIN_DICTIONARY,
                            Encoding.PLAIN_DICTIONARY, properties.getAllocator()),
                    fallback.fallBackWriter);
        }
        return writer;
    }
}
