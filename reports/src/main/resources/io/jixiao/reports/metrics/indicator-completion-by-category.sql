-- description: Indicator completion of self-evaluations per group, year and category: one row per level-1 category (category_level 1, level2 empty) and one per level-2 category under it (category_level 2)
-- The indicators group and filter on their copies of their form's columns, no join to the forms; their form is a
-- self-evaluation by its kind's code (project_self_evaluation, department_self_evaluation).
-- form columns: the copies in i
SELECT {{group}} AS group_key,
       i.year,
       CASE WHEN GROUPING(i.level2) = 1 THEN 1 ELSE 2 END AS category_level,
       i.level1,
       i.level2,
       {{part:indicator-status-counts}}
FROM indicators i
WHERE i.form_kind LIKE '%self_evaluation' AND {{filter}}
GROUP BY GROUPING SETS (({{group}}, i.year, i.level1), ({{group}}, i.year, i.level1, i.level2))
ORDER BY group_key NULLS LAST, year, level1 NULLS LAST, category_level, level2 NULLS LAST
