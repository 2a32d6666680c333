-- description: Target drift per group and year: target tables paired with the self-evaluation of the same year, unit and project, and their indicators compared by name: added, dropped, changed (another target) and unchanged (target-drift-listing names them)
-- Both forms must pass the filters: leave --kind empty. A pair whose forms state no indicator counts as a pair.
WITH {{part:target-drift-compared}},
counted AS (
    SELECT group_key, year, 'pair' AS drift FROM pairs
    UNION ALL
    SELECT group_key, year, drift FROM compared
)
SELECT group_key,
       year,
       COUNT(CASE WHEN drift = 'pair' THEN 1 END) AS pairs,
       COUNT(CASE WHEN drift = 'added' THEN 1 END) AS added,
       COUNT(CASE WHEN drift = 'dropped' THEN 1 END) AS dropped,
       COUNT(CASE WHEN drift = 'changed' THEN 1 END) AS changed,
       COUNT(CASE WHEN drift = 'unchanged' THEN 1 END) AS unchanged
FROM counted
GROUP BY group_key, year
ORDER BY group_key NULLS LAST, year
