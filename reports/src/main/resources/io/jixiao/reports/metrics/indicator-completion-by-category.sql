-- description: Indicator completion of self-evaluations per group, year and category: one row per level-1 category (category_level 1, level2 empty) and one per level-2 category under it (category_level 2)
SELECT {{group}} AS group_key,
       f.year,
       CASE WHEN GROUPING(i.level2) = 1 THEN 1 ELSE 2 END AS category_level,
       i.level1,
       i.level2,
       {{part:indicator-status-counts}}
FROM self_evaluations f
JOIN indicators i ON i.form_key_high = f.form_key_high AND i.form_key_low = f.form_key_low AND i.year = f.year
WHERE {{filter}}
GROUP BY GROUPING SETS (({{group}}, f.year, i.level1), ({{group}}, f.year, i.level1, i.level2))
ORDER BY group_key NULLS LAST, year, level1 NULLS LAST, category_level, level2 NULLS LAST
