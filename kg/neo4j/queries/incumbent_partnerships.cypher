// Q6 Global incumbents' joint ventures and partnerships with local firms or governments, by the local partner's country.
// @param incumbents ["Microsoft", "Google", "Amazon", "Amazon Web Services", "Nvidia", "NVIDIA", "OpenAI", "Oracle", "Meta", "Anthropic", "IBM"]
MATCH (i:Firm)-[r:PARTNERS_WITH]-(l:Actor)
WHERE i.name IN $incumbents OR any(a IN coalesce(i.aliases, []) WHERE a IN $incumbents)
OPTIONAL MATCH (l)-[:HEADQUARTERED_IN]->(lc:Government)
WITH i, r, l, CASE WHEN l:Government THEN l ELSE lc END AS country
WHERE NOT l.name IN $incumbents
RETURN country.name AS country, i.name AS incumbent, l.name AS local_partner,
       r.kind AS kind, r.year AS year, r.quotes AS evidence
ORDER BY country, incumbent, local_partner
