package io.jixiao.read.table;

import static io.jixiao.read.table.TableField.EXECUTED;
import static io.jixiao.read.table.TableField.FULL_YEAR;
import static io.jixiao.read.table.TableField.INITIAL;
import static io.jixiao.read.table.TableField.RATE;
import static io.jixiao.read.table.TableField.SCORE;
import static io.jixiao.read.table.TableField.WEIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fund figures glued together in flattened forms, cut into their columns only where the arithmetic agrees. */
class TestGluedNumbers {

    private static final List<TableField> BEIJING = List.of(INITIAL, EXECUTED, WEIGHT, RATE, SCORE);
    private static final List<TableField> SIX = List.of(INITIAL, FULL_YEAR, EXECUTED, WEIGHT, RATE, SCORE);

    @Test
    void theRateTellsWhereTheFirstAmountEnds() {
        // 310.21 | 54.74 would be 17.6%, not the 50% written
        assertThat(GluedNumbers.cut("310.2154.741050%5", BEIJING, Map.of()))
                .contains(List.of("310.2", "154.74", "10", "50%", "5"));
    }

    @Test
    void amountsWithTwoDecimalsArePreferredAmongCutsTheRateAllows() {
        // 2456.1 | 82456.1 | 82456.18 also makes 100%; amounts in 万元 are written with two decimals
        assertThat(GluedNumbers.cut("2456.182456.182456.1810100%10", SIX, Map.of()))
                .contains(List.of("2456.18", "2456.18", "2456.18", "10", "100%", "10"));
    }

    @Test
    void aRowOneCellShortIsReadOnlyWhereOnePlaceOfTheLostCellAgrees() {
        // 年初预算数 lost: 104.39 | 102.18 | 10 | 97.88% | 9.79; read with the score lost instead, 10 / 102.18 makes
        // 9.79% too (a coincidence of amounts near 100): two places agree, nothing is read
        assertThat(GluedNumbers.cut("104.39 102.18 10.00 97.88 9.79", SIX, Map.of())).isEmpty();
        // the score lost: 200 | 200 | 190 | 10 | 95%, no other place agrees
        assertThat(GluedNumbers.cut("200.00 200.00 190.00 10 95%", SIX, Map.of()))
                .contains(Arrays.asList("200.00", "200.00", "190.00", "10", "95%", null));
    }

    @Test
    void aLineWithoutMoneyWritesItsRateZero() {
        assertThat(GluedNumbers.cut("0.00 0.00 0.00 - 0 -", SIX, Map.of()))
                .contains(Arrays.asList("0.00", "0.00", "0.00", null, "0", null));
        // a rate other than 0 where nothing was budgeted or spent agrees with nothing
        assertThat(GluedNumbers.cut("0.00 0.00 0.00 - 100 -", SIX, Map.of())).isEmpty();
    }

    @Test
    void anEmptyScoreAfterTheRateIsLeftEmpty() {
        assertThat(GluedNumbers.cut("329.77329.77338.3110102.59%", SIX, Map.of()))
                .contains(Arrays.asList("329.77", "329.77", "338.31", "10", "102.59%", null));
    }

    @Test
    void dashesAreEmptyCells() {
        assertThat(GluedNumbers.cut("329.77329.77338.31—102.59%—", SIX, Map.of()))
                .contains(Arrays.asList("329.77", "329.77", "338.31", null, "102.59%", null));
    }

    @Test
    void aSubRowIsCutOnlyWithinTheTotalsFigures() {
        Map<TableField, BigDecimal> total = Map.of(INITIAL, new BigDecimal("310.2"), EXECUTED,
                new BigDecimal("154.74"));
        assertThat(GluedNumbers.cut("310.2154.74", BEIJING, total))
                .contains(Arrays.asList("310.2", "154.74", null, null, null));
        // without the total, 310.21 | 54.74 is as good a cut
        assertThat(GluedNumbers.cut("310.2154.74", BEIJING, Map.of())).isEmpty();
    }

    @Test
    void wholeNumbersGluedWithoutARateAreNotCut() {
        Map<TableField, BigDecimal> total = Map.of(INITIAL, new BigDecimal("2456.18"), FULL_YEAR,
                new BigDecimal("2456.18"), EXECUTED, new BigDecimal("2456.18"));
        // "156.2" would cut as 1 | 5 | 6.2 under the three amount columns
        assertThat(GluedNumbers.cut("156.2", SIX, total)).isEmpty();
    }

    @Test
    void aRateTheAmountsDoNotMakeIsNoReading() {
        assertThat(GluedNumbers.cut("310.2154.741080%8", BEIJING, Map.of())).isEmpty();
    }

    @Test
    void aScoreAboveItsWeightIsNoReading() {
        assertThat(GluedNumbers.cut("100.00100.005100%10", BEIJING, Map.of())).isEmpty();
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreNotCutFromARun() {
        // 100.0010 | 0.00 | 51 | 0% | 10 agrees with the arithmetic, by accident
        assertThat(GluedNumbers.cut("100.00100.00510%10", BEIJING, Map.of())).isEmpty();
    }

    @Test
    void figuresSplitByBlanksNeedNoArithmetic() {
        assertThat(GluedNumbers.cut("5.5 5.5", List.of(FULL_YEAR, EXECUTED), Map.of()))
                .contains(List.of("5.5", "5.5"));
    }

    @Test
    void figuresSplitByBlanksKeepTheirDecimals() {
        assertThat(GluedNumbers.cut("278.4449 30.00 10.77% 2.16", List.of(FULL_YEAR, EXECUTED, RATE, SCORE), Map.of()))
                .contains(List.of("278.4449", "30.00", "10.77%", "2.16"));
    }

    @Test
    void twoAmountsGluedWithoutACheckAreAmbiguous() {
        assertThat(GluedNumbers.cut("2456.182456.18", List.of(FULL_YEAR, EXECUTED), Map.of())).isEmpty();
    }

    @Test
    void aTokenIsWhatTheNumberGrammarMatches() {
        Pattern token = Pattern.compile("(0|[1-9]\\d{0,8})(\\.\\d{1,4})?%?");
        String alphabet = "0123456789.%-";
        Random random = new Random(19);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(18); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String piece = "1" + text + "%";
            int from = random.nextInt(piece.length());
            int end = from + random.nextInt(piece.length() - from + 1);
            assertThat(GluedNumbers.isToken(piece, from, end)).as("'%s' [%d, %d)", piece, from, end)
                    .isEqualTo(token.matcher(piece.substring(from, end)).matches());
        }
    }
}
