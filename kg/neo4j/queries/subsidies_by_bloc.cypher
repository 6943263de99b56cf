// Q2 Subsidies by bloc: what each bloc funds itself against what each of its member governments funds, in USD.
MATCH (b:Bloc)
OPTIONAL MATCH (b)<-[:FUNDER]-(own:Subsidy)
WITH b, sum(coalesce(own.amount_usd, 0)) AS bloc_usd, count(own) AS bloc_subsidies
OPTIONAL MATCH (m:Government)-[:MEMBER_OF]->(b)
OPTIONAL MATCH (m)<-[:FUNDER]-(ms:Subsidy)
WITH b, bloc_usd, bloc_subsidies, m,
     sum(coalesce(ms.amount_usd, 0)) AS member_usd, count(ms) AS member_subsidies
RETURN b.name AS bloc, bloc_usd, bloc_subsidies,
       sum(member_usd) AS members_usd,
       collect(CASE WHEN m IS NOT NULL
               THEN {member: m.name, usd: member_usd, subsidies: member_subsidies} END) AS members
ORDER BY bloc_usd + members_usd DESC, bloc
