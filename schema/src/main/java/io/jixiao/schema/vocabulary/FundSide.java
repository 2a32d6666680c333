package io.jixiao.schema.vocabulary;

/** Which table a fund line comes from: the self-evaluation budget table, or a target table's income or expense side. */
public enum FundSide implements Coded {
    BUDGET("budget"),
    INCOME("income"),
    EXPENSE("expense");

    private final String code;

    FundSide(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
