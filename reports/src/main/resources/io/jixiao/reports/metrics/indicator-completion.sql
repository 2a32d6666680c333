-- description: Indicators of self-evaluations by status per group and year: counts, completion % (met / judgeable, judgeable = met + unmet + partial) and score attainment % (Σ score / Σ weight)
-- Score attainment counts the indicators that have both a weight and a score.
SELECT {{group}} AS group_key,
       f.year,
       COUNT(*) AS indicators,
       COUNT(CASE WHEN i.status = 'met' THEN 1 END) AS met,
       COUNT(CASE WHEN i.status = 'unmet' THEN 1 END) AS unmet,
       COUNT(CASE WHEN i.status = 'partial' THEN 1 END) AS partial,
       COUNT(CASE WHEN i.status = 'qualitative' THEN 1 END) AS qualitative,
       COUNT(CASE WHEN i.status = 'not_applicable' THEN 1 END) AS not_applicable,
       COUNT(CASE WHEN i.status = 'unknown' THEN 1 END) AS unknown,
       COUNT(CASE WHEN i.status IN ('met', 'unmet', 'partial') THEN 1 END) AS judgeable,
       CAST(ROUND(COUNT(CASE WHEN i.status = 'met' THEN 1 END) * 100.0
                  / NULLIF(COUNT(CASE WHEN i.status IN ('met', 'unmet', 'partial') THEN 1 END), 0), 2)
            AS DECIMAL(18, 2)) AS completion_pct,
       SUM(CASE WHEN i.score IS NOT NULL THEN i.weight END) AS weight,
       SUM(CASE WHEN i.weight IS NOT NULL THEN i.score END) AS score,
       CAST(ROUND(SUM(CASE WHEN i.weight IS NOT NULL THEN i.score END) * 100
                  / NULLIF(SUM(CASE WHEN i.score IS NOT NULL THEN i.weight END), 0), 2)
            AS DECIMAL(18, 2)) AS score_attainment_pct
FROM forms f
JOIN indicators i ON i.form_id = f.form_id AND i.year = f.year
WHERE f.kind LIKE '%self_evaluation' AND {{filter}}
GROUP BY {{group}}, f.year
ORDER BY group_key NULLS LAST, year
