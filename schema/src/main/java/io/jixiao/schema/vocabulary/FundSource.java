package io.jixiao.schema.vocabulary;

import java.util.Optional;

/**
 * Fund line sources (GLOSSARY.md, "Funds"). The labels that name them in documents are vocabulary, in the reader's
 * vocabulary.tsv ({@code fund_source} lines), where a user's templates can add to them.
 */
public enum FundSource implements Coded {
    TOTAL("total"),
    APPROPRIATION("appropriation"),
    CARRYOVER("carryover"),
    OTHER("other"),
    GENERAL_PUBLIC_BUDGET("general_public_budget"),
    GOVERNMENT_FUND("government_fund"),
    STATE_CAPITAL("state_capital"),
    SOCIAL_SECURITY_FUND("social_security_fund"),
    SPECIAL_ACCOUNT("special_account"),
    UNIT_FUNDS("unit_funds"),
    ITEM("item");

    private final String code;

    FundSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<FundSource> ofCode(String code) {
        return Coded.byCode(FundSource.class, code);
    }
}
