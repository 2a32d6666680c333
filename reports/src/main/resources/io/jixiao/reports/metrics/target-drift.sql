-- description: Target drift: the indicators of a target table compared by name with the self-evaluation of the same year, unit and project: added, dropped, or with another target
-- totals: no (a listing: its rows do not add up by group)
-- Targets differ when both have a number and the comparator or number differ, else when the texts differ.
-- Both forms must pass the filters: leave --kind empty.
-- planned_file/line: where the target table states the indicator; evaluated_file/line: where the self-evaluation does.
WITH selected AS (
    SELECT {{group}} AS group_key, f.form_id, f.year, f.unit, f.project, f.kind
    FROM forms f
    WHERE {{filter}}
),
pairs AS (
    SELECT t.group_key, t.year, t.unit, t.project, t.form_id AS target_form, e.form_id AS evaluation_form
    FROM selected t
    JOIN selected e
      ON e.year = t.year
     AND e.unit = t.unit
     AND COALESCE(e.project, '') = COALESCE(t.project, '')
     AND REPLACE(e.kind, '_self_evaluation', '') = REPLACE(t.kind, '_target', '')
    WHERE t.kind LIKE '%target' AND e.kind LIKE '%self_evaluation'
),
planned AS (
    SELECT p.group_key, p.year, p.unit, p.project, p.target_form, p.evaluation_form,
           i.name, i.target, i.comparator, i.target_value, i.doc_id, i.line
    FROM pairs p
    JOIN indicators i ON i.form_id = p.target_form AND i.year = p.year
),
evaluated AS (
    SELECT p.group_key, p.year, p.unit, p.project, p.target_form, p.evaluation_form,
           i.name, i.target, i.comparator, i.target_value, i.doc_id, i.line
    FROM pairs p
    JOIN indicators i ON i.form_id = p.evaluation_form AND i.year = p.year
),
-- one file name per document (its id is its content's hash): the joins never repeat a row
files AS (
    SELECT doc_id, MIN(file_name) AS file
    FROM documents
    GROUP BY doc_id
)
SELECT COALESCE(pl.group_key, ev.group_key) AS group_key,
       COALESCE(pl.year, ev.year) AS year,
       COALESCE(pl.unit, ev.unit) AS unit,
       COALESCE(pl.project, ev.project) AS project,
       CASE WHEN pl.name IS NULL THEN 'added' WHEN ev.name IS NULL THEN 'dropped' ELSE 'changed' END AS drift,
       COALESCE(pl.name, ev.name) AS indicator,
       pl.target AS planned_target,
       ev.target AS evaluated_target,
       pd.file AS planned_file,
       pl.line AS planned_line,
       ed.file AS evaluated_file,
       ev.line AS evaluated_line
FROM planned pl
FULL OUTER JOIN evaluated ev
  ON ev.target_form = pl.target_form
 AND ev.evaluation_form = pl.evaluation_form
 AND ev.name = pl.name
LEFT JOIN files pd ON pd.doc_id = pl.doc_id
LEFT JOIN files ed ON ed.doc_id = ev.doc_id
WHERE pl.name IS NULL
   OR ev.name IS NULL
   OR (pl.target_value IS NOT NULL AND ev.target_value IS NOT NULL
       AND (pl.target_value <> ev.target_value OR COALESCE(pl.comparator, '') <> COALESCE(ev.comparator, '')))
   OR ((pl.target_value IS NULL OR ev.target_value IS NULL) AND COALESCE(pl.target, '') <> COALESCE(ev.target, ''))
ORDER BY group_key NULLS LAST, year, unit, project, drift, indicator
