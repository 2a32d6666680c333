-- description: League table of groups by data-quality findings per year: errors first, then warnings, then all findings; groups without findings included
WITH selected AS (
    SELECT {{group}} AS group_key, f.form_id, f.year
    FROM forms f
    WHERE {{filter}}
),
per_form AS (
    SELECT d.form_id,
           COUNT(CASE WHEN d.severity = 'error' THEN 1 END) AS errors,
           COUNT(CASE WHEN d.severity = 'warning' THEN 1 END) AS warnings,
           COUNT(*) AS findings
    FROM findings d
    GROUP BY d.form_id
),
per_group AS (
    SELECT s.group_key,
           s.year,
           COUNT(*) AS forms,
           COALESCE(SUM(p.errors), 0) AS errors,
           COALESCE(SUM(p.warnings), 0) AS warnings,
           COALESCE(SUM(p.findings), 0) AS findings
    FROM selected s
    LEFT JOIN per_form p ON p.form_id = s.form_id
    GROUP BY s.group_key, s.year
)
SELECT RANK() OVER (PARTITION BY year ORDER BY errors DESC, warnings DESC, findings DESC) AS place,
       group_key,
       year,
       forms,
       errors,
       warnings,
       findings,
       CAST(ROUND(findings * 1.0 / forms, 2) AS DECIMAL(18, 2)) AS findings_per_form
FROM per_group
ORDER BY year, place, group_key NULLS LAST
