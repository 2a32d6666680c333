package io.jixiao.schema.vocabulary;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/** Fund line sources with the labels that name them in documents (GLOSSARY.md, "Funds"). */
public enum FundSource {
    TOTAL("total", List.of("年度资金总额", "资金总额", "总额", "合计")),
    APPROPRIATION("appropriation", List.of("当年财政拨款", "本年财政拨款", "财政拨款", "财政资金")),
    CARRYOVER("carryover", List.of("上年结转资金", "上年结转")),
    OTHER("other", List.of("其他资金")),
    GENERAL_PUBLIC_BUDGET("general_public_budget", List.of("一般公共预算资金")),
    GOVERNMENT_FUND("government_fund", List.of("政府性基金")),
    STATE_CAPITAL("state_capital", List.of("国有资本金")),
    SOCIAL_SECURITY_FUND("social_security_fund", List.of("社保基金")),
    SPECIAL_ACCOUNT("special_account", List.of("财政专户管理资金")),
    UNIT_FUNDS("unit_funds", List.of("单位资金")),
    ITEM("item", List.of());

    private final String code;
    private final List<String> labels;

    FundSource(String code, List<String> labels) {
        this.code = code;
        this.labels = labels;
    }

    public String code() {
        return code;
    }

    public static Optional<FundSource> ofCode(String code) {
        for (FundSource source : values()) {
            if (source.code.equals(code)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    public List<String> labels() {
        return labels;
    }

    /**
     * The source a row label names, ignoring "其中：", spaces and trailing colons;
     * empty when the label is not a known source (then it is a named expense item).
     */
    public static Optional<FundSource> fromLabel(String label) {
        String key = Normalizer.normalize(label, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .replaceFirst("^其中[:：]?", "")
                .replaceAll("[:：]$", "");
        for (FundSource source : values()) {
            if (source.labels.contains(key)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
