// Q9 Fault-line actors: actors tied (funding, ventures, supply, investment, operations) to members of two or more formal blocs.
// @param min_blocs 2
MATCH (a:Actor)-[:FUNDS|PARTNERS_WITH|SUPPLIES|INVESTS_IN|OPERATES_IN]-(x:Actor)
MATCH (x)-[:HEADQUARTERED_IN*0..1]->(:Government)-[:MEMBER_OF]->(b:Bloc)
WITH a, collect(DISTINCT b.name) AS blocs, count(DISTINCT x) AS partners
WHERE size(blocs) >= $min_blocs
RETURN a.name AS actor, blocs, partners
ORDER BY size(blocs) DESC, partners DESC, actor
