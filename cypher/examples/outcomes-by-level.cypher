// Title: Learning outcomes by level
// Question: At which level (personal, professional, organisational, community) did learning happen, and was it realised?
MATCH (outcome:Outcome)
WITH outcome.level AS level, outcome.realised AS realised, outcome ORDER BY outcome.name
RETURN level, realised, count(outcome) AS outcomes, collect(outcome.name) AS names, collect(outcome.id) AS ids
ORDER BY CASE level WHEN 'personal' THEN 1 WHEN 'professional' THEN 2 WHEN 'organisational' THEN 3 ELSE 4 END,
         CASE realised WHEN 'yes' THEN 1 WHEN 'partial' THEN 2 ELSE 3 END
