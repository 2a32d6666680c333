-- The rows of the stored target_drift table (WarehouseTables.TARGET_DRIFT) of the years the forms and indicators views
-- hold: each pair of target-drift-compared.sql with its indicators counted by drift (a pair whose forms state no
-- indicator counts zero of each), and one row per year with no form, the year's mark. The same SQL on Spark (the
-- ingest and jixiao compact write the table) and DuckDB (test warehouses).
WITH {{compared}},
counted AS (
    SELECT year, target_form, evaluation_form,
           COUNT(CASE WHEN drift = 'added' THEN 1 END) AS added,
           COUNT(CASE WHEN drift = 'dropped' THEN 1 END) AS dropped,
           COUNT(CASE WHEN drift = 'changed' THEN 1 END) AS changed,
           COUNT(CASE WHEN drift = 'unchanged' THEN 1 END) AS unchanged
    FROM compared
    GROUP BY year, target_form, evaluation_form
)
SELECT p.target_form,
       p.evaluation_form,
       CAST(COALESCE(c.added, 0) AS INT) AS added,
       CAST(COALESCE(c.dropped, 0) AS INT) AS dropped,
       CAST(COALESCE(c.changed, 0) AS INT) AS changed,
       CAST(COALESCE(c.unchanged, 0) AS INT) AS unchanged,
       p.year
FROM pairs p
LEFT JOIN counted c
  ON c.target_form = p.target_form
 AND c.evaluation_form = p.evaluation_form
 AND c.year = p.year
UNION ALL
SELECT CAST(NULL AS STRING), CAST(NULL AS STRING), CAST(NULL AS INT), CAST(NULL AS INT), CAST(NULL AS INT),
       CAST(NULL AS INT), y.year
FROM (SELECT DISTINCT year FROM forms) y
