// Q5 Countries with and without a domestic model developer (a developer headquartered there, or the government itself).
MATCH (c:Government)
WITH c, COLLECT { MATCH (d)-[:DEVELOPS]->(m:AIModel)
                  WHERE d = c OR EXISTS { (d)-[:HEADQUARTERED_IN]->(c) }
                  RETURN DISTINCT d.name + ": " + m.name } AS developers
RETURN c.name AS country, c.iso3 AS iso3, size(developers) > 0 AS has_domestic_developer, developers
ORDER BY has_domestic_developer DESC, country
