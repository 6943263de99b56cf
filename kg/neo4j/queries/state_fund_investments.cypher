// Q3 Sovereign and state funds' investments: which state bodies (or the named investors) invest in whom, with the quotes.
// @param investors []
MATCH (i:Actor)-[r:INVESTS_IN]->(t)
WHERE (size($investors) = 0 AND (i:Organization OR i:Government))
   OR i.name IN $investors OR any(a IN coalesce(i.aliases, []) WHERE a IN $investors)
OPTIONAL MATCH (i)-[:HEADQUARTERED_IN]->(c:Government)
RETURN i.name AS investor, c.name AS investor_country, t.name AS investee,
       [l IN labels(t) WHERE NOT l IN ["Resource", "Actor"]] AS investee_kind,
       r.quotes AS quotes, r.docs AS documents
ORDER BY investor, investee
