-- description: Budget and execution by fund side (budget, income, expense) and source per group and year
-- side 'budget' holds the self-evaluations' fund rows; 'income' and 'expense' the target tables' (Σ of all lines).
-- execution_rate: Σ executed ÷ Σ full-year budget over the lines that state both (a line without its executed amount
-- is not money left unspent), as execution-rate does for forms.
-- forms: the lines that are the first of their form with their side and source (funds.first_of_source, stored at
-- ingest), which spares a COUNT(DISTINCT) over millions of lines; a warehouse ingested before that column counts its
-- lines' distinct forms.
SELECT {{group}} AS group_key,
       f.year,
       l.side,
       l.source,
       COUNT(CASE WHEN l.first_of_source THEN 1 END)
           + COUNT(DISTINCT CASE WHEN l.first_of_source IS NULL THEN l.form_id END) AS forms,
       SUM(l.initial_budget) AS initial_budget,
       SUM(l.full_year_budget) AS full_year_budget,
       SUM(l.executed) AS executed,
       SUM(l.half_year_plan) AS half_year_plan,
       CAST(ROUND(SUM(CASE WHEN l.full_year_budget IS NOT NULL THEN l.executed END) * 100
                  / NULLIF(SUM(CASE WHEN l.executed IS NOT NULL THEN l.full_year_budget END), 0), 2)
            AS DECIMAL(18, 2)) AS execution_rate
FROM forms f
JOIN funds l ON l.form_id = f.form_id AND l.year = f.year
WHERE {{filter}}
GROUP BY {{group}}, f.year, l.side, l.source
ORDER BY group_key NULLS LAST, year, side, source
