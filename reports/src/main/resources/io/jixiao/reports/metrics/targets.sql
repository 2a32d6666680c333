-- description: Target tables per group and year: forms, indicators, Σ full-year budget and Σ half-year planned execution of their expense lines, half-year planned execution %
-- The half-year % counts the expense lines that state both figures. Department and project target tables
-- both list expenses: filter --kind to one of them to avoid counting a department's project spending twice.
-- The counts and sums per form are keyed by its id's integer halves (FormKey): a quarter faster than by the 32-digit
-- string.
WITH selected AS (
    SELECT {{group}} AS group_key, f.form_key_high, f.form_key_low, f.year
    FROM forms f
    WHERE f.kind LIKE '%target' AND {{filter}}
),
indicator_counts AS (
    SELECT i.form_key_high, i.form_key_low, i.year, COUNT(*) AS indicators
    FROM indicators i
    GROUP BY i.form_key_high, i.form_key_low, i.year
),
expenses AS (
    SELECT l.form_key_high, l.form_key_low, l.year,
           SUM(l.full_year_budget) AS full_year_budget,
           SUM(CASE WHEN l.full_year_budget IS NOT NULL THEN l.half_year_plan END) AS half_year_plan,
           SUM(CASE WHEN l.half_year_plan IS NOT NULL THEN l.full_year_budget END) AS planned_full_year_budget
    FROM funds l
    WHERE l.side = 'expense'
    GROUP BY l.form_key_high, l.form_key_low, l.year
)
SELECT s.group_key,
       s.year,
       COUNT(*) AS target_forms,
       COALESCE(SUM(c.indicators), 0) AS indicators,
       SUM(e.full_year_budget) AS expense_full_year_budget,
       SUM(e.half_year_plan) AS expense_half_year_plan,
       CAST(ROUND(SUM(e.half_year_plan) * 100 / NULLIF(SUM(e.planned_full_year_budget), 0), 2)
            AS DECIMAL(18, 2)) AS half_year_plan_pct
FROM selected s
LEFT JOIN indicator_counts c
    ON c.form_key_high = s.form_key_high AND c.form_key_low = s.form_key_low AND c.year = s.year
LEFT JOIN expenses e
    ON e.form_key_high = s.form_key_high AND e.form_key_low = s.form_key_low AND e.year = s.year
GROUP BY s.group_key, s.year
ORDER BY group_key NULLS LAST, year
