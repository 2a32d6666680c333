-- Shared by indicator-completion and indicator-completion-by-category: the columns they compute over indicators i,
-- from the status the ingest stored (met, unmet, partial, qualitative, not_applicable, unknown).
-- Completion % = met / judgeable (met + unmet + partial); score attainment % = Σ score / Σ weight, over the indicators
-- that have both a weight and a score.
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
