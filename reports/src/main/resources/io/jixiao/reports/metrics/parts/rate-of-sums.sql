-- Σ executed ÷ Σ full-year budget × 100 over the rows that state both, 2 decimals: the rate of a group of forms or
-- fund lines (execution-rate, funds). A row without its executed amount is not money left unspent.
CAST(ROUND(SUM(CASE WHEN full_year_budget IS NOT NULL THEN executed END) * 100
           / NULLIF(SUM(CASE WHEN executed IS NOT NULL THEN full_year_budget END), 0), 2)
     AS DECIMAL(18, 2)) AS execution_rate
