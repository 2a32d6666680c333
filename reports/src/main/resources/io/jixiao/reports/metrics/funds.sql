-- description: Budget and execution by fund side (budget, income, expense) and source per group and year
-- side 'budget' holds the self-evaluations' fund rows; 'income' and 'expense' the target tables' (Σ of all lines).
-- execution_rate: Σ executed ÷ Σ full-year budget over the lines that state both, as execution-rate does for forms.
-- forms: the lines that are the first of their form with their side and source (funds.first_of_source, stored at
-- ingest), which spares a COUNT(DISTINCT) over millions of lines; null (unknown) where a line of the group comes from
-- a warehouse ingested before that column.
-- The lines group and filter on their copies of their form's columns: no join to the forms (half of the time).
-- form columns: the copies in l
WITH lines AS (
    SELECT {{group}} AS group_key,
           l.year,
           l.side,
           l.source,
           l.first_of_source,
           l.initial_budget,
           l.full_year_budget,
           l.executed,
           l.half_year_plan
    FROM funds l
    WHERE {{filter}}
)
SELECT group_key,
       year,
       side,
       source,
       CASE WHEN COUNT(first_of_source) = COUNT(*) THEN COUNT(CASE WHEN first_of_source THEN 1 END) END AS forms,
       SUM(initial_budget) AS initial_budget,
       SUM(full_year_budget) AS full_year_budget,
       SUM(executed) AS executed,
       SUM(half_year_plan) AS half_year_plan,
       {{part:rate-of-sums}}
FROM lines
GROUP BY group_key, year, side, source
ORDER BY group_key NULLS LAST, year, side, source
