-- description: Data-quality findings per group, year, rule and severity (errors first)
SELECT {{group}} AS group_key,
       f.year,
       d.severity,
       d.rule,
       COUNT(*) AS findings,
       COUNT(DISTINCT d.form_id) AS forms
FROM forms f
JOIN findings d ON d.form_id = f.form_id AND d.year = f.year
WHERE {{filter}}
GROUP BY {{group}}, f.year, d.severity, d.rule
ORDER BY group_key NULLS LAST, year, CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule
