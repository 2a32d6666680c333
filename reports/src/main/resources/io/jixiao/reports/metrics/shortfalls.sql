-- description: Shortfalls of self-evaluations, one row each: projects executed below 90 %, unmet indicators, and indicators scored below their weight, with the deviation reason the form gives
-- totals: no (a listing: its rows do not add up by group)
-- A low_execution row carries the project's budget, execution and rate (the rate the ingest stored: executed /
-- full-year budget × 100, 2 decimals); the project's indicator rows carry the reasons.
-- file and line: where the row was read (the form's first line for low_execution), so an analyst can open it.
WITH selected AS (
    SELECT {{group}} AS group_key,
           f.form_id,
           f.year,
           f.unit,
           f.project,
           f.full_year_budget,
           f.executed,
           f.execution_rate,
           f.doc_id,
           f.first_line
    FROM self_evaluations f
    WHERE {{filter}}
)
SELECT group_key, year, unit, project, shortfall, indicator, target, actual, weight, score,
       full_year_budget, executed, execution_rate, reason, d.file, line
FROM (
    SELECT s.group_key,
           s.year,
           s.unit,
           s.project,
           'low_execution' AS shortfall,
           CAST(NULL AS STRING) AS indicator,
           CAST(NULL AS STRING) AS target,
           CAST(NULL AS STRING) AS actual,
           CAST(NULL AS DECIMAL(18, 4)) AS weight,
           CAST(NULL AS DECIMAL(18, 4)) AS score,
           s.full_year_budget,
           s.executed,
           CAST(s.execution_rate AS DECIMAL(18, 2)) AS execution_rate,
           CAST(NULL AS STRING) AS reason,
           s.doc_id,
           s.first_line AS line
    FROM selected s
    WHERE s.full_year_budget > 0 AND s.execution_rate < 90
    UNION ALL
    SELECT s.group_key,
           s.year,
           s.unit,
           s.project,
           CASE WHEN i.status = 'unmet' THEN 'unmet_indicator' ELSE 'score_below_weight' END AS shortfall,
           i.name AS indicator,
           i.target,
           i.actual,
           i.weight,
           i.score,
           CAST(NULL AS DECIMAL(18, 4)) AS full_year_budget,
           CAST(NULL AS DECIMAL(18, 4)) AS executed,
           CAST(NULL AS DECIMAL(18, 2)) AS execution_rate,
           i.reason,
           i.doc_id,
           i.line
    FROM selected s
    JOIN indicators i ON i.form_id = s.form_id AND i.year = s.year
    WHERE i.status = 'unmet' OR i.score < i.weight
) shortfalls
-- one file name per document (a document's id is its content's hash): the join never repeats a row
LEFT JOIN (SELECT doc_id, MIN(file_name) AS file FROM documents GROUP BY doc_id) d ON d.doc_id = shortfalls.doc_id
ORDER BY group_key NULLS LAST, year, unit NULLS LAST, project NULLS LAST, line, shortfall, indicator NULLS LAST,
         file NULLS LAST, target NULLS LAST, actual NULLS LAST, weight NULLS LAST, score NULLS LAST
