-- description: Indicators of self-evaluations by status per group and year: counts, completion % (met / judgeable, judgeable = met + unmet + partial) and score attainment % (Σ score / Σ weight)
-- Score attainment counts the indicators that have both a weight and a score.
-- The indicators group and filter on their copies of their form's columns, no join to the forms; their form is a
-- self-evaluation by its kind's code (project_self_evaluation, department_self_evaluation).
-- form columns: the copies in i
SELECT {{group}} AS group_key,
       i.year,
       {{part:indicator-status-counts}}
FROM indicators i
WHERE i.form_kind LIKE '%self_evaluation' AND {{filter}}
GROUP BY {{group}}, i.year
ORDER BY group_key NULLS LAST, year
