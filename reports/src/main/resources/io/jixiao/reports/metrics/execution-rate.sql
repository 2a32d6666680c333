-- description: Execution of self-evaluated projects per group and year: Σ full-year budget, Σ executed, weighted rate, median and spread of project rates, projects below 90 %, rank by weighted rate, change in rate and rank against the group's previous year
-- Rates are in %. A project's rate is the one the ingest stored (forms.execution_rate, 2 decimals), as the form's page
-- shows it. previous_year is the latest earlier year of the same group in the warehouse (never year 0, the
-- forms whose year could not be read, which have no previous year either), whatever years are selected: the years filter the result rows after the change is computed; the other filters select the forms.
-- rate_rank: 1 for the highest weighted rate among the groups of the year (within the same outer group, --by region,agency);
-- rank_change: places gained since the previous year (positive: moved up).
-- The sums and the rate take only the forms that give both amounts: a form whose executed amount could not be read
-- would otherwise count its budget as unspent. projects_without_amounts counts the forms left out.
WITH projects AS (
    SELECT {{group}} AS group_key,
           {{parent}} AS parent_key,
           f.year,
           f.full_year_budget,
           f.executed,
           f.execution_rate AS project_rate
    FROM self_evaluations f
    WHERE {{filter}}
),
per_group AS (
    SELECT group_key,
           parent_key,
           year,
           COUNT(*) AS projects,
           COUNT(CASE WHEN full_year_budget IS NULL OR executed IS NULL THEN 1 END) AS projects_without_amounts,
           SUM(CASE WHEN executed IS NOT NULL THEN full_year_budget END) AS full_year_budget,
           SUM(CASE WHEN full_year_budget IS NOT NULL THEN executed END) AS executed,
           {{part:rate-of-sums}},
           -- The median of an even count is the mean of two 2-decimal rates, often a tie at the third decimal (99.915); the
           -- engines interpolate in floating point and land on either side of it, so it is made exact before rounding.
           CAST(ROUND(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY project_rate) AS DECIMAL(18, 3)), 2) AS DECIMAL(18, 2)) AS median_rate,
           CAST(ROUND(MIN(project_rate), 2) AS DECIMAL(18, 2)) AS min_rate,
           CAST(ROUND(MAX(project_rate), 2) AS DECIMAL(18, 2)) AS max_rate,
           CAST(ROUND(stddev_samp(project_rate), 2) AS DECIMAL(18, 2)) AS stddev_rate,
           COUNT(CASE WHEN project_rate < 90 THEN 1 END) AS projects_below_90
    FROM projects
    GROUP BY group_key, parent_key, year
),
ranked AS (
    SELECT per_group.*,
           RANK() OVER (PARTITION BY parent_key, year ORDER BY execution_rate DESC NULLS LAST) AS rate_rank
    FROM per_group
)
SELECT *
FROM (
    SELECT group_key,
           year,
           projects,
           projects_without_amounts,
           full_year_budget,
           executed,
           execution_rate,
           median_rate,
           min_rate,
           max_rate,
           stddev_rate,
           projects_below_90,
           rate_rank,
           LAG(year) OVER (PARTITION BY group_key, year = 0 ORDER BY year) AS previous_year,
           execution_rate - LAG(execution_rate) OVER (PARTITION BY group_key, year = 0 ORDER BY year) AS rate_change,
           LAG(rate_rank) OVER (PARTITION BY group_key, year = 0 ORDER BY year) - rate_rank AS rank_change
    FROM ranked
) changes
WHERE {{years}}
ORDER BY group_key NULLS LAST, year
