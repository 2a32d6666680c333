package io.jixiao.jobs.ingest.parquet;

import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer that takes a value handed again at its id writes the bytes parquet-java's own writer writes. */
class TestRepeatedTextDictionaryWriter {

    private static final int DICTIONARY_BYTES = 64 * 1024;

    /**
     * Values as {@link TableFileWriter} hands them: a value equal to the previous one as the same {@link Binary}, and
     * values seen before (not just before) as new binaries of the same bytes.
     */
    private static List<Binary> values(int count, int distinct, long seed) {
        Random random = new Random(seed);
        List<Binary> values = new ArrayList<>();
        String previous = null;
        Binary previousBinary = null;
        for (int i = 0; i < count; i++) {
            String value = random.nextInt(3) == 0 && previous != null ? previous
                    : "单位" + random.nextInt(distinct) + "（项目）";
            if (!value.equals(previous)) {
                previousBinary = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
                previous = value;
            }
            values.add(previousBinary);
        }
        return values;
    }

    @Test
    void pagesAndDictionariesAreByteForByteParquetsOwnOverRowGroups() throws IOException {
        ValuesWriter ours = new RepeatedTextDictionaryWriter(DICTIONARY_BYTES, Encoding.PLAIN_DICTIONARY,
                Encoding.PLAIN_DICTIONARY, HeapByteBufferAllocator.getInstance());
        ValuesWriter theirs = new PlainBinaryDictionaryValuesWriter(DICTIONARY_BYTES, Encoding.PLAIN_DICTIONARY,
                Encoding.PLAIN_DICTIONARY, HeapByteBufferAllocator.getInstance());
        // two row groups of two pages each: the dictionary is cleared between the row groups, and the value written
        // last before it is the first one written after
        List<Binary> values = values(4_000, 300, 7);
        values.set(0, values.get(values.size() - 1));
        for (int rowGroup = 0; rowGroup < 2; rowGroup++) {
            for (int page = 0; page < 2; page++) {
                for (Binary value : values.subList(page * 2_000, (page + 1) * 2_000)) {
                    ours.writeBytes(value);
                    theirs.writeBytes(value);
                }
                assertThat(ours.getBytes().toByteArray()).isEqualTo(theirs.getBytes().toByteArray());
                assertThat(ours.getEncoding()).isEqualTo(theirs.getEncoding());
                ours.reset();
                theirs.reset();
            }
            assertSameDictionary(ours.toDictPageAndClose(), theirs.toDictPageAndClose());
            ours.resetDictionary();
            theirs.resetDictionary();
        }
    }

    @Test
    void aDictionaryTooLargeFallsBackToTheSamePlainPages() throws IOException {
        int smallDictionary = 2 * 1024;
        ValuesWriter ours = FallbackValuesWriter.of(new RepeatedTextDictionaryWriter(smallDictionary,
                        Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, HeapByteBufferAllocator.getInstance()),
                new PlainValuesWriter(1024, 64 * 1024, HeapByteBufferAllocator.getInstance()));
        ValuesWriter theirs = FallbackValuesWriter.of(new PlainBinaryDictionaryValuesWriter(smallDictionary,
                        Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, HeapByteBufferAllocator.getInstance()),
                new PlainValuesWriter(1024, 64 * 1024, HeapByteBufferAllocator.getInstance()));
        List<Binary> values = values(3_000, 1_000, 11);
        for (int page = 0; page < 3; page++) {
            for (Binary value : values.subList(page * 1_000, (page + 1) * 1_000)) {
                ours.writeBytes(value);
                theirs.writeBytes(value);
            }
            assertThat(ours.getEncoding()).isEqualTo(theirs.getEncoding());
            assertThat(ours.getBytes().toByteArray()).isEqualTo(theirs.getBytes().toByteArray());
            ours.reset();
            theirs.reset();
        }
        assertThat(ours.getEncoding()).isEqualTo(Encoding.PLAIN);  // it did fall back
        assertSameDictionary(ours.toDictPageAndClose(), theirs.toDictPageAndClose());
    }

    @Test
    void onlyTextColumnsWithADictionaryGetTheWriter() {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).named("unit")
                .required(PrimitiveTypeName.BINARY).named("doc_id")
                .required(PrimitiveTypeName.INT32).named("year")
                .named("rows");
        ParquetProperties properties = ParquetProperties.builder()
                .withDictionaryEncoding("doc_id", false)
                .withValuesWriterFactory(new TextDictionaryWriters())
                .build();
        assertThat(initialWriter(properties.newValuesWriter(column(schema, "unit"))))
                .isInstanceOf(RepeatedTextDictionaryWriter.class);
        assertThat(properties.newValuesWriter(column(schema, "doc_id"))).isInstanceOf(PlainValuesWriter.class);
        assertThat(initialWriter(properties.newValuesWriter(column(schema, "year"))))
                .isNotInstanceOf(RepeatedTextDictionaryWriter.class);
    }

    private static ValuesWriter initialWriter(ValuesWriter writer) {
        assertThat(writer).isInstanceOf(FallbackValuesWriter.class);
        return ((FallbackValuesWriter<?, ?>) writer).initialWriter;
    }

    private static ColumnDescriptor column(MessageType schema, String name) {
        return schema.getColumnDescription(new String[] {name});
    }

    private static void assertSameDictionary(DictionaryPage ours, DictionaryPage theirs) throws IOException {
        if (theirs == null) {
            assertThat(ours).isNull();
            return;
        }
        assertThat(ours.getDictionarySize()).isEqualTo(theirs.getDictionarySize());
        assertThat(ours.getEncoding()).isEqualTo(theirs.getEncoding());
        assertThat(ours.getBytes().toByteArray()).isEqualTo(theirs.getBytes().toByteArray());
    }
}
