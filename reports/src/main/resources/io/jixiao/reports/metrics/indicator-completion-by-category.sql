-- description: Indicator completion of self-evaluations per group, year and category: one row per level-1 category (category_level 1, level2 empty) and one per level-2 category under it (category_level 2)
SELECT {{group}} AS group_key,
       f.year,
       CASE WHEN GROUPING(i.level2) = 1 THEN 1 ELSE 2 END AS category_level,
       i.level1,
       i.level2,
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
GROUP BY GROUPING SETS (({{group}}, f.year, i.level1), ({{group}}, f.year, i.level1, i.level2))
ORDER BY group_key NULLS LAST, year, level1 NULLS LAST, category_level, level2 NULLS LAST
