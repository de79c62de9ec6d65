// Title: The partnership's timeline
// Question: What happened when, from the start of MIC in 1997 to the phase-out in 2013?
MATCH (event:Event)
WITH event, coalesce(event.year, event.startYear, toInteger(left(event.date, 4))) AS year
RETURN year, event.endYear AS until, event.name AS event, event.id AS id, event.when AS reportSays, event.recurring AS recurring
ORDER BY year IS NULL, year, event.name
