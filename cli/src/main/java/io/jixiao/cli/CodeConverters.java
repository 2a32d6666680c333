package io.jixiao.cli;

import io.jixiao.reports.metrics.GroupBy;
import io.jixiao.schema.vocabulary.Coded;
import io.jixiao.schema.vocabulary.FormKind;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli options typed with the model's enums, spelled as users type them: by their codes ({@code province},
 * {@code project_target}), which the help lists through {@code ${COMPLETION-CANDIDATES}}.
 */
public final class CodeConverters {

    private CodeConverters() {
    }

    public static final class GroupByConverter implements ITypeConverter<GroupBy> {
        @Override
        public GroupBy convert(String value) {
            try {
                return GroupBy.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class GroupByColumns implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(GroupBy.values()).map(GroupBy::column).iterator();
        }
    }

    public static final class FormKindConverter implements ITypeConverter<FormKind> {
        @Override
        public FormKind convert(String value) {
            try {
                return FormKind.fromCode(value.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a form kind: use "
                        + String.join(", ", Coded.codes(FormKind.class)));
            }
        }
    }

    public static final class FormKindCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Coded.codes(FormKind.class).iterator();
        }
    }
}
