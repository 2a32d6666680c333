-- description: Indicators of self-evaluations by status per group and year: counts, completion % (met / judgeable, judgeable = met + unmet + partial) and score attainment % (Σ score / Σ weight)
-- Score attainment counts the indicators that have both a weight and a score.
SELECT {{group}} AS group_key,
       f.year,
       {{part:indicator-status-counts}}
FROM self_evaluations f
JOIN indicators i ON i.form_key_high = f.form_key_high AND i.form_key_low = f.form_key_low AND i.year = f.year
WHERE {{filter}}
GROUP BY {{group}}, f.year
ORDER BY group_key NULLS LAST, year
