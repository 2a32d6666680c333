-- description: Target-table indicators per group, year and level-1 category: forms and indicators
-- target_forms counts each form once by grouping its indicators on the form key first (exact, as the key is the id's
-- two halves): a third faster on DuckDB than COUNT(DISTINCT form_id) over every indicator.
-- The indicators group and filter on their copies of their form's columns: no join to the forms.
-- form columns: the copies in i
WITH per_form AS (
    SELECT {{group}} AS group_key,
           i.year,
           i.level1,
           COUNT(*) AS indicators
    FROM indicators i
    WHERE i.form_kind LIKE '%target' AND {{filter}}
    GROUP BY {{group}}, i.year, i.level1, i.form_key_high, i.form_key_low
)
SELECT group_key,
       year,
       level1,
       COUNT(*) AS target_forms,
       CAST(SUM(indicators) AS BIGINT) AS indicators
FROM per_form
GROUP BY group_key, year, level1
ORDER BY group_key NULLS LAST, year, level1 NULLS LAST
