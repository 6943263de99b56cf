// Q1 Who funds whom: each public funding with funder, recipient, USD amount, year, quote and source document.
// @param funder ""
MATCH (s:Subsidy)-[:FUNDER]->(f:Actor)
WHERE $funder = "" OR f.name = $funder OR $funder IN coalesce(f.aliases, [])
OPTIONAL MATCH (s)-[:RECIPIENT]->(x)
OPTIONAL MATCH (s)-[:EVIDENCE]->(e:Evidence)-[:DERIVED_FROM]->(d:Document)
RETURN f.name AS funder, x.name AS recipient, s.amount_usd AS amount_usd,
       s.amount_text AS amount_text, s.year AS year, e.quote AS quote, d.doc_id AS document
ORDER BY amount_usd IS NULL, amount_usd DESC, funder, recipient
