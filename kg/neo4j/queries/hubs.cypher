// Q10 Hubs: actors with the most funding, venture, supply, investment, development and operation ties.
// @param limit 20
MATCH (a:Actor)
WITH a, COUNT { (a)-[:FUNDS|PARTNERS_WITH|SUPPLIES|INVESTS_IN|DEVELOPS|OPERATES_IN]-() } AS degree
WHERE degree > 0
RETURN a.name AS actor, [l IN labels(a) WHERE NOT l IN ["Resource", "Actor"]] AS kind, degree,
       COUNT { (a)-[:FUNDS]-() } AS funding, COUNT { (a)-[:PARTNERS_WITH]-() } AS ventures,
       COUNT { (a)-[:SUPPLIES]-() } AS supply, COUNT { (a)-[:INVESTS_IN]-() } AS investment
ORDER BY degree DESC, actor
LIMIT $limit
