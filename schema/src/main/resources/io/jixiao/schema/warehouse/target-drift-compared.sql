-- One definition of a drift: target-drift-listing lists it (a part of the metrics), and
-- target-drift-pairs.sql counts it per pair into the stored target_drift table that the metric target-drift counts.
-- Each indicator of a target table is compared by name with those of the self-evaluation of the same year, unit,
-- project and kind (project or department): 'added' (only the self-evaluation states it), 'dropped' (only the target
-- table), 'changed' (both have a number and the comparator or number differ, else the texts differ) or 'unchanged'.
-- An indicator without a name matches none: it counts as added or dropped.
selected AS (
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
compared AS (
    SELECT COALESCE(pl.group_key, ev.group_key) AS group_key,
           COALESCE(pl.year, ev.year) AS year,
           COALESCE(pl.unit, ev.unit) AS unit,
           COALESCE(pl.project, ev.project) AS project,
           COALESCE(pl.target_form, ev.target_form) AS target_form,
           COALESCE(pl.evaluation_form, ev.evaluation_form) AS evaluation_form,
           CASE WHEN pl.target_form IS NULL THEN 'added'
                WHEN ev.target_form IS NULL THEN 'dropped'
                WHEN (pl.target_value IS NOT NULL AND ev.target_value IS NOT NULL
                      AND (pl.target_value <> ev.target_value
                           OR COALESCE(pl.comparator, '') <> COALESCE(ev.comparator, '')))
                  OR ((pl.target_value IS NULL OR ev.target_value IS NULL)
                      AND COALESCE(pl.target, '') <> COALESCE(ev.target, '')) THEN 'changed'
                ELSE 'unchanged' END AS drift,
           COALESCE(pl.name, ev.name) AS indicator,
           pl.target AS planned_target,
           ev.target AS evaluated_target,
           pl.doc_id AS planned_doc,
           pl.line AS planned_line,
           ev.doc_id AS evaluated_doc,
           ev.line AS evaluated_line
    FROM planned pl
    FULL OUTER JOIN evaluated ev
      ON ev.target_form = pl.target_form
     AND ev.evaluation_form = pl.evaluation_form
     AND ev.name = pl.name
)
