// Q8 Where local data-centre operators build capacity against where foreign operators (hyperscalers) build it.
MATCH (f:Actor)-[r:OPERATES_IN]->(c:Government)
WITH c, f, r, EXISTS { (f)-[:HEADQUARTERED_IN]->(c) } AS local
RETURN c.name AS country,
       collect(DISTINCT CASE WHEN local THEN f.name END) AS local_operators,
       collect(DISTINCT CASE WHEN NOT local THEN f.name END) AS foreign_operators,
       reduce(all = [], q IN collect(r.quotes) | all + q) AS evidence
ORDER BY country
