-- description: Target drift, one row per indicator: the indicators of a target table compared by name with the self-evaluation of the same year, unit and project: added, dropped, or with another target (narrow it with --unit and --years)
-- totals: no (a listing: its rows do not add up by group)
-- Both forms must pass the filters: leave --kind empty.
-- planned_file/line: where the target table states the indicator; evaluated_file/line: where the self-evaluation does.
WITH {{part:target-drift-compared}},
-- one file name per document (its id is its content's hash): the joins never repeat a row
files AS (
    SELECT doc_id, MIN(file_name) AS file
    FROM documents
    GROUP BY doc_id
)
SELECT c.group_key,
       c.year,
       c.unit,
       c.project,
       c.drift,
       c.indicator,
       c.planned_target,
       c.evaluated_target,
       pd.file AS planned_file,
       c.planned_line,
       ed.file AS evaluated_file,
       c.evaluated_line
FROM compared c
LEFT JOIN files pd ON pd.doc_id = c.planned_doc
LEFT JOIN files ed ON ed.doc_id = c.evaluated_doc
WHERE c.drift <> 'unchanged'
ORDER BY group_key NULLS LAST, year, unit NULLS LAST, project NULLS LAST, drift, indicator NULLS LAST,
         planned_line NULLS LAST, evaluated_line NULLS LAST, planned_target NULLS LAST, evaluated_target NULLS LAST,
         planned_file NULLS LAST, evaluated_file NULLS LAST
