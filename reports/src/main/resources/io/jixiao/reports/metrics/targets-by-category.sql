-- description: Target-table indicators per group, year and level-1 category: forms and indicators
SELECT {{group}} AS group_key,
       f.year,
       i.level1,
       COUNT(DISTINCT f.form_id) AS target_forms,
       COUNT(*) AS indicators
FROM forms f
JOIN indicators i ON i.form_key_high = f.form_key_high AND i.form_key_low = f.form_key_low AND i.year = f.year
WHERE f.kind LIKE '%target' AND {{filter}}
GROUP BY {{group}}, f.year, i.level1
ORDER BY group_key NULLS LAST, year, level1 NULLS LAST
