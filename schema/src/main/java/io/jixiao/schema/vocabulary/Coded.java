package io.jixiao.schema.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum stored in the warehouse and written in JSON as its {@link #code()}: the one mapping between the two. */
public interface Coded {

    String code();

    /** The constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.code().equals(code)).findFirst();
    }

    /** The codes of {@code type}, in declaration order. */
    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
