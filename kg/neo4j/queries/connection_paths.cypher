// Q11 How two actors are connected: all shortest paths between them, each edge with its quotes and documents.
// @param from "United Arab Emirates"
// @param to "Microsoft"
// @param max_hops 6
MATCH (a:Actor) WHERE a.name = $from OR $from IN coalesce(a.aliases, [])
MATCH (b:Actor) WHERE b.name = $to OR $to IN coalesce(b.aliases, [])
MATCH p = allShortestPaths((a)-[:FUNDS|PARTNERS_WITH|SUPPLIES|INVESTS_IN|DEVELOPS|OPERATES_IN|HEADQUARTERED_IN|MEMBER_OF*..10]-(b))
WHERE length(p) <= $max_hops
RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops,
       [r IN relationships(p) | {type: type(r), from: startNode(r).name, to: endNode(r).name,
                                 quotes: r.quotes, documents: r.docs}] AS edges
ORDER BY hops, path
