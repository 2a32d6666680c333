-- description: Target drift per group and year: target tables paired with the self-evaluation of the same year, unit and project, and their indicators compared by name: added, dropped, changed (another target) and unchanged (target-drift-listing names them)
-- Both forms must pass the filters: leave --kind empty. A pair whose forms state no indicator counts as a pair.
-- The drift of each pair is settled by jixiao compact (the target_drift table, by the definition the listing uses; the
-- view computes the years an ingest changed since): here it is only counted. The self-evaluation's filter is a semi join (EXISTS): as a second inner join on the
-- year, DuckDB may join the two sides of the pair by year first (a filtered query ran minutes).
WITH selected AS (
    SELECT {{group}} AS group_key, f.form_id, f.year
    FROM forms f
    WHERE {{filter}}
)
SELECT t.group_key,
       d.year,
       COUNT(*) AS pairs,
       CAST(SUM(d.added) AS BIGINT) AS added,
       CAST(SUM(d.dropped) AS BIGINT) AS dropped,
       CAST(SUM(d.changed) AS BIGINT) AS changed,
       CAST(SUM(d.unchanged) AS BIGINT) AS unchanged
FROM target_drift d
JOIN selected t ON t.form_id = d.target_form AND t.year = d.year
WHERE EXISTS (SELECT 1 FROM selected e WHERE e.form_id = d.evaluation_form AND e.year = d.year)
GROUP BY t.group_key, d.year
ORDER BY group_key NULLS LAST, year
