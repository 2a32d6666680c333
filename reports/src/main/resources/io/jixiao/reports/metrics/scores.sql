-- description: Self-evaluation scores per group and year: average, lowest and highest total, grades 优/良/中/差 as stated, totals and grades that differ from the recomputed ones, inflated indicators (full score while unmet: the ingest's full_score_target_missed findings)
-- grade_excellent = 优, grade_good = 良, grade_fair = 中, grade_poor = 差 (the grade as the form states it).
WITH selected AS (
    SELECT {{group}} AS group_key,
           f.form_id,
           f.year,
           f.total_score,
           f.total_score_computed,
           f.grade,
           f.grade_computed
    FROM self_evaluations f
    WHERE {{filter}}
),
inflated AS (
    SELECT d.form_id, COUNT(*) AS inflated
    FROM findings d
    WHERE d.rule = 'full_score_target_missed'
    GROUP BY d.form_id
)
SELECT s.group_key,
       s.year,
       COUNT(*) AS forms,
       CAST(ROUND(AVG(s.total_score), 2) AS DECIMAL(18, 2)) AS average_total,
       CAST(ROUND(AVG(s.total_score_computed), 2) AS DECIMAL(18, 2)) AS average_total_computed,
       MIN(s.total_score) AS lowest_total,
       MAX(s.total_score) AS highest_total,
       COUNT(CASE WHEN s.grade LIKE '优%' THEN 1 END) AS grade_excellent,
       COUNT(CASE WHEN s.grade LIKE '良%' THEN 1 END) AS grade_good,
       COUNT(CASE WHEN s.grade LIKE '中%' THEN 1 END) AS grade_fair,
       COUNT(CASE WHEN s.grade LIKE '差%' THEN 1 END) AS grade_poor,
       COUNT(CASE WHEN s.grade IS NULL THEN 1 END) AS grade_missing,
       COUNT(CASE WHEN s.total_score <> s.total_score_computed THEN 1 END) AS total_mismatches,
       COUNT(CASE WHEN s.grade NOT LIKE CONCAT(s.grade_computed, '%') THEN 1 END) AS grade_mismatches,
       COALESCE(SUM(n.inflated), 0) AS inflated_indicators
FROM selected s
LEFT JOIN inflated n ON n.form_id = s.form_id
GROUP BY s.group_key, s.year
ORDER BY group_key NULLS LAST, year
