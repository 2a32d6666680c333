package io.jixiao.schema.vocabulary;

import java.math.BigDecimal;
import java.util.Optional;

/** Self-evaluation grades of the Ministry of Finance rule (财预〔2020〕10号). */
public enum Grade {
    EXCELLENT("优", 90),
    GOOD("良", 80),
    FAIR("中", 60),
    POOR("差", 0);

    private final String chinese;
    private final int lowerBound;

    Grade(String chinese, int lowerBound) {
        this.chinese = chinese;
        this.lowerBound = lowerBound;
    }

    public String chinese() {
        return chinese;
    }

    public int lowerBound() {
        return lowerBound;
    }

    /** The grade a total score earns: 优 90–100, 良 80–&lt;90, 中 60–&lt;80, 差 below 60. */
    public static Grade forScore(BigDecimal total) {
        for (Grade grade : values()) {
            if (total.compareTo(BigDecimal.valueOf(grade.lowerBound)) >= 0) {
                return grade;
            }
        }
        return POOR;
    }

    public static Optional<Grade> fromChinese(String text) {
        String trimmed = text == null ? "" : text.strip();
        for (Grade grade : values()) {
            if (trimmed.startsWith(grade.chinese)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
