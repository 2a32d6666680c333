package io.jixiao.jobs.ingest.parquet;

import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter;
import org.apache.parquet.io.api.Binary;

/**
 * parquet-java's dictionary writer for a text column, which takes a value handed again as the same {@link Binary}
 * (what {@link TableFileWriter} does for a value equal to the previous row's) at the id it found for it, without
 * looking it up again. A fund line or an indicator repeats its form's unit, project, department and region, and each
 * look-up hashes the value's bytes and compares them with those of the values in its slots.
 */
final class RepeatedTextDictionaryWriter extends PlainBinaryDictionaryValuesWriter {

    /** The value last written, by identity, and its id; null once the dictionary is cleared. */
    private Binary last;
    private int lastId;

    RepeatedTextDictionaryWriter(int maxDictionaryByteSize, Encoding dataPageEncoding,
                                 Encoding dictionaryPageEncoding, ByteBufferAllocator allocator) {
        super(maxDictionaryByteSize, dataPageEncoding, dictionaryPageEncoding, allocator);
    }

    @Override
    public void writeBytes(Binary value) {
        if (value != last) {
            // as PlainBinaryDictionaryValuesWriter does, keeping the id
            int id = binaryDictionaryContent.getInt(value);
            if (id == -1) {
                id = binaryDictionaryContent.size();
                binaryDictionaryContent.put(value.copy(), id);
                dictionaryByteSize += 4L + value.length();  // the value's length (an int) and its bytes
            }
            last = value;
            lastId = id;
        }
        encodedValues.add(lastId);
    }

    @Override
    protected void clearDictionaryContent() {
        super.clearDictionaryContent();
        last = null;
    }
}
